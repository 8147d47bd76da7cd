import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDataDir } from '../../../src/backend/storage/data-dir'
import { compileFaultChild } from './fixtures/compile-child'
import { eventsSpec, journalSpec, shardOf } from './fixtures/fault-spec'

const KILLS = 200
/** Two data folders killed in turn at the same time: the machines have 2 cores and the child mostly waits. */
const LANES = 2

let work: string
let child: string

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cc-fault-'))
  child = await compileFaultChild(join(work, 'build'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

interface Run {
  acked: number[]
  sawReady: boolean
}

/** Starts the writer, kills it with SIGKILL at a random moment, and returns the writes it acknowledged. */
function runAndKill(dir: string, start: number, killAfterMs: number, fromSpawn: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, dir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] })
    const run: Run = { acked: [], sawReady: false }
    let buffer = ''
    let stderr = ''
    let timer: NodeJS.Timeout | null = null
    const arm = () => {
      timer ??= setTimeout(() => proc.kill('SIGKILL'), killAfterMs)
    }
    if (fromSpawn) arm()
    proc.stdout.setEncoding('utf8')
    proc.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') run.sawReady = true
        else if (line.startsWith('ack ')) {
          run.acked.push(Number(line.slice(4)))
          // Armed at the first acknowledged write, so the kill lands while the writer is writing
          // however slow the machine is.
          arm()
        }
      }
    })
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    proc.on('error', reject)
    proc.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer)
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself (${signal ?? _code}): ${stderr}`))
      else resolve(run)
    })
  })
}

/** Opens the folder as the app would after a crash and checks that every acknowledged write is there. */
async function verify(dir: string, acked: Set<number>): Promise<number> {
  const data = await openDataDir(dir, { appName: 'fault-test', backup: { debounceMs: 60_000 } })
  try {
    const journal = await data.store('journal', journalSpec)
    const seqs = new Set(journal.data.seqs)
    const events = data.collection('events', eventsSpec)
    const eventSeqs = new Set<number>()
    for (const key of await events.keys()) for (const e of (await events.shard(key)).data.events) eventSeqs.add(e.seq)
    for (const seq of acked) {
      expect(seqs.has(seq), `acknowledged write ${seq} is in journal.json`).toBe(true)
      expect(eventSeqs.has(seq), `acknowledged write ${seq} is in events/${shardOf(seq)}.json`).toBe(true)
    }
    // Nothing was damaged, so nothing had to be set aside or restored.
    expect(data.incidents).toEqual([])
    return Math.max(-1, ...seqs, ...eventSeqs) + 1
  } finally {
    await data.release()
  }
}

/** Set when one lane fails, so the other stops spawning writers into a folder that is being deleted. */
let aborted = false

async function lane(dir: string, kills: number): Promise<LaneResult> {
  try {
    return await laneUnguarded(dir, kills)
  } catch (e) {
    aborted = true
    throw e
  }
}

interface LaneResult {
  acked: number
  beforeReady: number
  fromSpawn: number
}

async function laneUnguarded(dir: string, kills: number): Promise<LaneResult> {
  const acked = new Set<number>()
  let next = 0
  let beforeReady = 0
  let fromSpawnKills = 0
  for (let i = 0; i < kills && !aborted; i++) {
    // Mostly kill while writing; every fifth time, at any moment from the start (during lock or recovery).
    const fromSpawn = i % 5 === 4
    if (fromSpawn) fromSpawnKills++
    const run = await runAndKill(dir, next, Math.random() * (fromSpawn ? 400 : 60), fromSpawn)
    if (!run.sawReady) beforeReady++
    for (const seq of run.acked) acked.add(seq)
    next = await verify(dir, acked)
  }
  return { acked: acked.size, beforeReady, fromSpawn: fromSpawnKills }
}

describe('a writer killed with SIGKILL at random moments', () => {
  it(`loses no acknowledged write and leaves readable data, ${KILLS} times`, { timeout: 900_000 }, async () => {
    const results = await Promise.all(
      Array.from({ length: LANES }, (_, i) => lane(join(work, `data-${i}`), KILLS / LANES))
    )
    const total = results.reduce((n, r) => n + r.acked, 0)
    const duringWrites = KILLS - results.reduce((n, r) => n + r.fromSpawn, 0)
    // Every kill not aimed at start-up came after at least one acknowledged write: the kills hit a
    // writer that was writing, or the test would prove nothing.
    expect(total).toBeGreaterThanOrEqual(duringWrites)
  })
})
