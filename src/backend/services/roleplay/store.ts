import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { resultOut } from '@core/api/channels/roleplay'
import { CHANNELS, LOCALES } from '@core/domain/enums'
import { sessionStateSchema } from '@core/roleplay'
import { standardIdSchema } from '@core/standards/standards'
import { encodeKeyPart, type Collection, type DataDir, type StoreSpec } from '../../storage'

export const storedSessionSchema = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  staffId: z.string().nullable(),
  scriptId: z.string(),
  locale: z.enum(LOCALES),
  /** Hash of the script text the session is played on (ScriptLibrary keeps old versions by hash). */
  scriptHash: z.string(),
  title: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(['active', 'finished', 'abandoned']),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** When the turn now waiting was shown: the backend's clock for the time a reply takes. */
  turnStartedAt: z.string(),
  state: sessionStateSchema,
  /** The score with the standards and settings in force when the session ended. */
  result: resultOut.nullable()
})
export type StoredSession = z.infer<typeof storedSessionSchema>

const sessionsFileSchema = z.object({ sessions: z.array(storedSessionSchema) })
type SessionsFile = z.infer<typeof sessionsFileSchema>

/** A finished session as the month index holds it (what appraisal and the trainers' list read). */
export const resultRowSchema = z.object({
  sessionId: z.string(),
  userId: z.string(),
  userName: z.string(),
  staffId: z.string().nullable(),
  caseId: z.string(),
  title: z.string(),
  locale: z.enum(LOCALES),
  mode: z.enum(['practice', 'assessment']),
  startedAt: z.string(),
  finishedAt: z.string(),
  overall: z.number(),
  passed: z.boolean(),
  outcome: z.enum(['good', 'neutral', 'bad']).nullable(),
  turns: z.number(),
  standards: z.array(z.object({ id: standardIdSchema, score: z.number().nullable() }))
})
export type ResultRow = z.infer<typeof resultRowSchema>
const resultsFileSchema = z.object({ results: z.array(resultRowSchema) })
type ResultsFile = z.infer<typeof resultsFileSchema>

const SESSIONS: StoreSpec<SessionsFile> = { schema: sessionsFileSchema, version: 1, migrations: {}, defaults: () => ({ sessions: [] }) }
const RESULTS: StoreSpec<ResultsFile> = { schema: resultsFileSchema, version: 1, migrations: {}, defaults: () => ({ results: [] }) }

/**
 * Where sessions live (docs/storage.md, "Scale"): `roleplay-sessions/<userId>.json`, one shard per trainee,
 * so a reply rewrites only that trainee's file; and `roleplay-results/<YYYY-MM>.json`, one row per
 * finished session by finishing month, so appraisal's training score and the trainers' list read the
 * months of a period instead of every trainee's file.
 */
export class SessionStore {
  readonly sessions: Collection<SessionsFile>
  readonly results: Collection<ResultsFile>

  constructor(data: DataDir) {
    this.sessions = data.collection<SessionsFile>('roleplay-sessions', SESSIONS)
    this.results = data.collection<ResultsFile>('roleplay-results', RESULTS)
  }

  /** A session id names its owner's shard, so a session is found with one shard read. */
  newId(userId: string): string {
    return `${encodeKeyPart(userId)}_${randomBytes(8).toString('hex')}`
  }

  shardOf(sessionId: string): string | null {
    const at = sessionId.lastIndexOf('_')
    const key = at > 0 ? sessionId.slice(0, at) : ''
    return /^[a-z0-9_-]+$/.test(key) ? key : null
  }

  async userShard(userId: string) {
    return this.sessions.shard(encodeKeyPart(userId))
  }

  async find(sessionId: string): Promise<StoredSession | undefined> {
    const key = this.shardOf(sessionId)
    if (!key || !(await this.sessions.has(key))) return undefined
    return (await this.sessions.shard(key)).data.sessions.find((s) => s.id === sessionId)
  }

  /** Changes one session inside its shard's serialized update, so two requests cannot interleave. */
  async change(sessionId: string, fn: (s: StoredSession) => void): Promise<StoredSession> {
    const key = this.shardOf(sessionId)
    if (!key) throw new Error(`bad session id "${sessionId}"`)
    const shard = await this.sessions.shard(key)
    await shard.update((d) => {
      const s = d.sessions.find((x) => x.id === sessionId)
      if (!s) throw new Error(`session "${sessionId}" vanished`)
      fn(s)
    })
    return shard.data.sessions.find((x) => x.id === sessionId) as StoredSession
  }

  async add(session: StoredSession): Promise<void> {
    await (await this.userShard(session.userId)).update((d) => {
      d.sessions.push(session)
    })
  }

  async addResult(row: ResultRow): Promise<void> {
    await (await this.results.shard(row.finishedAt.slice(0, 7))).update((d) => {
      d.results = d.results.filter((r) => r.sessionId !== row.sessionId)
      d.results.push(row)
    })
  }

  async dropResult(sessionId: string, finishedAt: string): Promise<void> {
    const key = finishedAt.slice(0, 7)
    if (!(await this.results.has(key))) return
    await (await this.results.shard(key)).update((d) => {
      d.results = d.results.filter((r) => r.sessionId !== sessionId)
    })
  }

  /** Rows of the months that overlap [from, to), oldest month first. */
  async resultsBetween(from: string, to: string): Promise<ResultRow[]> {
    const [a, b] = [from.slice(0, 7), to.slice(0, 7)]
    const out: ResultRow[] = []
    for (const key of await this.results.keys()) {
      if (key < a || key > b) continue
      out.push(...(await this.results.shard(key)).data.results.filter((r) => r.finishedAt >= from && r.finishedAt < to))
    }
    return out
  }

  /** The newest rows, reading months newest first until `limit` is reached. */
  async latestResults(limit: number): Promise<ResultRow[]> {
    const out: ResultRow[] = []
    for (const key of (await this.results.keys()).reverse()) {
      const rows = [...(await this.results.shard(key)).data.results].sort((x, y) => y.finishedAt.localeCompare(x.finishedAt))
      out.push(...rows)
      if (out.length >= limit) break
    }
    return out.slice(0, limit)
  }
}
