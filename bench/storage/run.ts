import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { openDataDir } from '../../src/backend/storage'
import type { ComplaintRecord } from '../../src/core/appraisal/types'
import { RecordRepo } from '../../src/backend/services/appraisal/records'
import { generateRecords, makeSession, SESSIONS_SCHEMA, type Session, type SessionShard } from '../data/records'
import { metBelow, type BenchContext, type Row } from '../lib/report'
import { Rng } from '../lib/rng'
import { collect, median, p95, timeMs } from '../lib/stats'

const ROOT = resolve(import.meta.dirname, '../..')

export interface StorageScale {
  records: number
  months: number
  sessions: number
  users: number
  /** Share of the data the single-file alternative holds (it rewrites all of it on every write). */
  lowdbShare: number
}

export const FULL: StorageScale = { records: 1_000_000, months: 34, sessions: 100_000, users: 500, lowdbShare: 0.25 }
export const QUICK: StorageScale = { records: 20_000, months: 4, sessions: 2_000, users: 20, lowdbShare: 1 }

const monthOf = (r: ComplaintRecord): string => r.receivedAt.slice(0, 7)
const envelope = (data: unknown): string => JSON.stringify({ schemaVersion: 1, data })

/**
 * Records go in through the appraisal module's own repo (compact column month shards); the 100,000
 * sessions are written straight in the storage layer's envelope format (durable writes one by one
 * would take many minutes), and the app then opens them as its own.
 */
async function writeFixture(dir: string, scale: StorageScale, seed: number, lowdbFile: string): Promise<{ lastMonth: string; monthSize: number }> {
  const months = new Map<string, ComplaintRecord[]>()
  const lowdbRecords: ComplaintRecord[] = []
  const keepEvery = Math.round(1 / scale.lowdbShare)
  let i = 0
  for (const r of generateRecords(seed, scale.records, scale.months, scale.users)) {
    const list = months.get(monthOf(r))
    if (list) list.push(r)
    else months.set(monthOf(r), [r])
    if (i++ % keepEvery === 0) lowdbRecords.push(r)
  }
  mkdirSync(join(dir, 'sessions'), { recursive: true })
  const data = await openDataDir(dir, { appName: 'complaint-coach' })
  const repo = new RecordRepo(data)
  for (const records of months.values()) await repo.upsert(records)
  await data.release()
  const rng = new Rng(seed + 1)
  const perUser = Math.round(scale.sessions / scale.users)
  const lowdbSessions: Session[] = []
  for (let u = 0; u < scale.users; u++) {
    const userId = `u${String(u).padStart(4, '0')}`
    const sessions = Array.from({ length: perUser }, (_, n) => makeSession(rng, userId, n))
    writeFileSync(join(dir, 'sessions', `${userId}.json`), envelope({ sessions }))
    if (u % keepEvery === 0) lowdbSessions.push(...sessions)
  }
  writeFileSync(lowdbFile, JSON.stringify({ records: lowdbRecords, sessions: lowdbSessions }))
  const lastMonth = [...months.keys()].sort().at(-1) ?? '2026-11'
  return { lastMonth, monthSize: months.get(lastMonth)?.length ?? 0 }
}

function recordAt(n: number, month: string): ComplaintRecord {
  const at = `${month}-28T10:00:00.000Z`
  return {
    ticketId: `W${String(n).padStart(8, '0')}`,
    staffId: 's0001',
    staffName: '李员工1',
    channel: 'phone',
    category: 'delivery',
    priority: 'normal',
    receivedAt: at,
    firstResponseAt: at,
    resolvedAt: null,
    status: 'unresolved',
    satisfaction: null,
    rootCause: null
  }
}

export interface StorageBenchOutput {
  rows: Row[]
  details: Record<string, unknown>
  /** Ticket ids of the records each side wrote, read back from disk (agreement check; lowdb writes fewer). */
  written: { ours: string[]; lowdb: string[] }
}

export async function runStorageBench(ctx: BenchContext, scale = ctx.quick ? QUICK : FULL): Promise<StorageBenchOutput> {
  const base = join(ROOT, 'bench/.cache', `storage-${ctx.quick ? 'quick' : 'full'}-${process.pid}`)
  rmSync(base, { recursive: true, force: true })
  const dir = join(base, 'data')
  const lowdbFile = join(base, 'all.json')
  const setup = await timeMs(() => writeFixture(dir, scale, ctx.seed, lowdbFile))
  const { lastMonth, monthSize } = setup.value
  ctx.log(`storage: fixture written in ${setup.ms.toFixed(0)} ms (${monthSize} records in ${lastMonth})`)
  const writes = ctx.quick ? 3 : ctx.rounds * 4
  try {
    // Ours: one durable write rewrites one shard: the month's records, or one user's sessions.
    const data = await openDataDir(dir, { appName: 'complaint-coach' })
    const records = new RecordRepo(data)
    const sessions = data.collection<SessionShard>('sessions', { schema: SESSIONS_SCHEMA, version: 1, migrations: {}, defaults: () => ({ sessions: [] }) })
    const open = await timeMs(() => records.ticketIndex())
    const userShard = await sessions.shard('u0001')
    const rng = new Rng(ctx.seed + 2)
    const ours: number[] = []
    const oursCpu: number[] = []
    const oursSession: number[] = []
    for (let n = 0; n <= writes; n++) {
      collect()
      const t = await timeMs(() => records.upsert([recordAt(n, lastMonth)]))
      const s = await timeMs(() => userShard.update((d) => void d.sessions.push(makeSession(rng, 'u0001', 10_000 + n))))
      if (n === 0) continue // warm-up
      ours.push(t.ms)
      oursCpu.push(t.cpuMs)
      oursSession.push(s.ms)
    }
    await data.release()
    // Read back from disk in a new session, so the agreement check covers what was really written.
    const again = await openDataDir(dir, { appName: 'complaint-coach' })
    const oursIds = (await new RecordRepo(again).records(0, Date.parse('2100-01-01T00:00:00Z')))
      .map((r) => r.ticketId)
      .filter((id) => id.startsWith('W'))
      .sort()
    await again.release()

    // The obvious design: everything in one lowdb JSON file, rewritten on every change.
    const db = new Low<{ records: ComplaintRecord[]; sessions: Session[] }>(new JSONFile(lowdbFile), { records: [], sessions: [] })
    const load = await timeMs(() => db.read())
    const theirs: number[] = []
    const theirsCpu: number[] = []
    const lowdbWrites = ctx.quick ? 2 : Math.max(3, ctx.rounds)
    for (let n = 0; n <= lowdbWrites; n++) {
      collect()
      const t = await timeMs(async () => {
        db.data.records.push(recordAt(n, lastMonth))
        await db.write()
      })
      if (n === 0) continue
      theirs.push(t.ms)
      theirsCpu.push(t.cpuMs)
    }
    const lowdbDisk = JSON.parse(readFileSync(lowdbFile, 'utf8')) as { records: ComplaintRecord[] }
    const lowdbIds = lowdbDisk.records.map((r) => r.ticketId).filter((id) => id.startsWith('W'))

    const stored = `${scale.records.toLocaleString('en')} records + ${scale.sessions.toLocaleString('en')} sessions`
    const lowdbScale =
      scale.lowdbShare < 1 ? ` (holding ${Math.round(scale.lowdbShare * 100)} % of it: cost grows with the file)` : ''
    const row: Row = {
      bench: 'storage',
      figure: `one write p95 (record upsert, its ${monthSize.toLocaleString('en')}-record month rewritten)`,
      scale: stored,
      ours: p95(ours),
      oursCpu: p95(oursCpu),
      alternative: `one lowdb file${lowdbScale}`,
      theirs: p95(theirs),
      theirsCpu: p95(theirsCpu),
      unit: 'ms',
      better: 'lower',
      goal: '< 20 ms',
      met: metBelow(p95(ours), p95(oursCpu), 20)
    }
    const sessionRow: Row = {
      ...row,
      figure: `one write p95 (session into a ${Math.round(scale.sessions / scale.users)}-session user file)`,
      ours: p95(oursSession),
      oursCpu: null,
      met: metBelow(p95(oursSession), null, 20)
    }
    return {
      rows: [row, sessionRow],
      details: {
        scale,
        lastMonth,
        monthSize,
        writes: ours.length,
        oursMedianMs: median(ours),
        oursSessionMedianMs: median(oursSession),
        ticketIndexColdMs: open.ms,
        lowdbWrites: theirs.length,
        lowdbMedianMs: median(theirs),
        lowdbReadMs: load.ms
      },
      written: { ours: oursIds, lowdb: lowdbIds }
    }
  } finally {
    rmSync(base, { recursive: true, force: true })
  }
}
