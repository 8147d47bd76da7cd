import type { Locale } from '@core/domain/enums'
import {
  applyTurn,
  rewind,
  RoleplayError,
  scoreSession,
  startSession,
  type Script,
  type SessionMode,
  type TurnReply
} from '@core/roleplay'
import { forbidden, invalid, notFound } from '../../api/errors'
import type { CallerUser } from '../../api/types'
import type { BaseServices } from '../base'
import type { ScriptEntry, ScriptLibrary } from './scripts'
import type { ResultRow, SessionStore, StoredSession } from './store'

/** Trainers, managers and admins read every trainee's sessions; trainees only their own. */
export const seesAllSessions = (user: CallerUser): boolean => user.roles.some((r) => r === 'trainer' || r === 'manager' || r === 'admin')

const nowIso = () => new Date(Date.now()).toISOString()

/** Sessions: the backend holds the state, measures the time per turn and scores at the ending. */
export class SessionService {
  constructor(
    private readonly base: BaseServices,
    readonly scripts: ScriptLibrary,
    readonly store: SessionStore
  ) {}

  scenario(id: string, locale: Locale): ScriptEntry {
    const e = this.scripts.get(id, locale)
    if (!e) throw notFound(`scenario "${locale}/${id}"`)
    return e
  }

  /** The script a session is played on: the version it started on, else (after an upgrade) the current one. */
  scriptOf(s: StoredSession): Script {
    const script = this.scripts.version(s.scriptHash) ?? this.scripts.get(s.scriptId, s.locale)?.script
    if (!script) throw notFound(`scenario "${s.locale}/${s.scriptId}"`)
    return script
  }

  async start(user: CallerUser, id: string, locale: Locale, mode: SessionMode): Promise<StoredSession> {
    const entry = this.scenario(id, locale)
    const at = nowIso()
    const session: StoredSession = {
      id: this.store.newId(user.id),
      userId: user.id,
      userName: user.displayName,
      staffId: user.staffId,
      scriptId: entry.script.id,
      locale: entry.script.locale,
      scriptHash: entry.hash,
      title: entry.script.title,
      channel: entry.script.channel,
      status: 'active',
      startedAt: at,
      updatedAt: at,
      finishedAt: null,
      turnStartedAt: at,
      state: startSession(entry.script, { mode, settings: this.base.settings.settings }),
      result: null
    }
    await this.store.add(session)
    return session
  }

  /** A session the caller may read (row-level rule); not-found rather than forbidden, so ids are not probed. */
  async readable(user: CallerUser, sessionId: string): Promise<StoredSession> {
    const s = await this.store.find(sessionId)
    if (!s || (s.userId !== user.id && !seesAllSessions(user))) throw notFound(`session "${sessionId}"`)
    return s
  }

  /** Only the trainee who plays a session may move it on. */
  private async own(user: CallerUser, sessionId: string): Promise<StoredSession> {
    const s = await this.readable(user, sessionId)
    if (s.userId !== user.id) throw forbidden('only the trainee playing this session can change it')
    return s
  }

  async reply(user: CallerUser, sessionId: string, reply: TurnReply): Promise<StoredSession> {
    const found = await this.own(user, sessionId)
    const script = this.scriptOf(found)
    const settings = this.base.settings.settings
    const rubric = this.base.standards.rubric()
    const s = await this.store.change(sessionId, (s) => {
      if (s.status !== 'active') throw invalid(`the session is ${s.status}`)
      const now = Date.now()
      // The time a reply took is counted on the backend from when the turn was shown.
      const elapsedMs = Math.max(0, now - Date.parse(s.turnStartedAt))
      s.state = this.engine(() => applyTurn(s.state, script, reply, { elapsedMs, settings, rubric }))
      s.updatedAt = new Date(now).toISOString()
      s.turnStartedAt = s.updatedAt
      if (s.state.ending) {
        s.status = 'finished'
        s.finishedAt = s.updatedAt
        s.result = scoreSession(s.state, rubric, settings)
      }
    })
    if (s.status === 'finished' && s.result) await this.finished(user, { ...s, result: s.result })
    return s
  }

  private async finished(user: CallerUser, s: StoredSession & { result: NonNullable<StoredSession['result']> }): Promise<void> {
    await this.store.addResult(resultRow(s))
    if (s.state.mode === 'assessment') {
      // Assessment scores count in appraisal: who scored what, with which standards, is kept.
      await this.base.audit.record(user, 'roleplay.session.finish', `roleplay-session:${s.id}`, {
        after: { scriptId: s.scriptId, mode: s.state.mode, overall: s.result.overall, passed: s.result.passed, passMark: s.result.passMark }
      })
    }
  }

  async rewind(user: CallerUser, sessionId: string, turn: number): Promise<StoredSession> {
    const found = await this.own(user, sessionId)
    if (found.state.mode !== 'practice') throw forbidden('rewind is only available in practice mode')
    const before = { turns: found.state.turns.length, status: found.status, overall: found.result?.overall ?? null }
    const prevFinishedAt = found.finishedAt
    const s = await this.store.change(sessionId, (s) => {
      if (s.status === 'abandoned') throw invalid('the session was abandoned')
      s.state = this.engine(() => rewind(s.state, turn))
      s.status = 'active'
      s.result = null
      s.finishedAt = null
      s.updatedAt = nowIso()
      s.turnStartedAt = s.updatedAt
    })
    // A practice session rewound from its ending is no longer finished: its row leaves the month index.
    if (prevFinishedAt) await this.store.dropResult(s.id, prevFinishedAt)
    await this.base.audit.record(user, 'roleplay.session.rewind', `roleplay-session:${s.id}`, { before, after: { turns: s.state.turns.length, status: 'active' } })
    return s
  }

  async abandon(user: CallerUser, sessionId: string): Promise<StoredSession> {
    await this.own(user, sessionId)
    const s = await this.store.change(sessionId, (s) => {
      if (s.status !== 'active') throw invalid(`the session is ${s.status}`)
      s.status = 'abandoned'
      s.updatedAt = nowIso()
    })
    await this.base.audit.record(user, 'roleplay.session.abandon', `roleplay-session:${s.id}`, { after: { mode: s.state.mode, turns: s.state.turns.length } })
    return s
  }

  async list(user: CallerUser, input: { userId?: string; limit: number }): Promise<{ own: StoredSession[] | null; rows: ResultRow[] }> {
    const userId = input.userId ?? (seesAllSessions(user) ? null : user.id)
    if (userId !== null && userId !== user.id && !seesAllSessions(user)) throw forbidden('trainees see only their own sessions')
    if (userId === null) return { own: null, rows: await this.store.latestResults(input.limit) }
    // Only accounts that exist have a shard; an unknown id must not open (or fail to name) one.
    if (userId !== user.id && !this.base.auth.find(userId)) throw notFound(`account "${userId}"`)
    const sessions = [...(await this.store.userShard(userId)).data.sessions]
    return { own: sessions.sort((a, b) => b.startedAt.localeCompare(a.startedAt)).slice(0, input.limit), rows: [] }
  }

  /** Engine errors (an option not offered, a reply of the wrong type) are the caller's mistake. */
  private engine<T>(fn: () => T): T {
    try {
      return fn()
    } catch (e) {
      if (e instanceof RoleplayError) throw invalid(e.message)
      throw e
    }
  }
}

export function resultRow(s: StoredSession & { result: NonNullable<StoredSession['result']>; finishedAt: string | null }): ResultRow {
  return {
    sessionId: s.id,
    userId: s.userId,
    userName: s.userName,
    staffId: s.staffId,
    caseId: s.scriptId,
    title: s.title,
    locale: s.locale,
    mode: s.state.mode,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt ?? s.updatedAt,
    overall: s.result.overall,
    passed: s.result.passed,
    outcome: s.state.ending?.outcome ?? null,
    turns: s.state.turns.length,
    standards: s.result.standards.map((x) => ({ id: x.id, score: x.score }))
  }
}
