import { z } from 'zod'
import type { ComplaintRecord } from '../../src/core/appraisal/types'
import { CATEGORIES, CHANNELS, PRIORITIES } from '../../src/core/domain/enums'
import { Rng } from '../lib/rng'

/** A role-play session: the transcript and its rubric score, ~1.5 KB of JSON. */
export const SESSION_SCHEMA = z.object({
  id: z.string().max(64),
  userId: z.string().max(64),
  caseId: z.string().max(120),
  startedAt: z.string().max(40),
  endedAt: z.string().max(40),
  turns: z.array(z.object({ role: z.enum(['customer', 'trainee']), text: z.string().max(2000) })).max(200),
  scores: z.record(z.string(), z.number()),
  total: z.number()
})
export const SESSIONS_SCHEMA = z.object({ sessions: z.array(SESSION_SCHEMA) })
export type Session = z.infer<typeof SESSION_SCHEMA>
export type SessionShard = z.infer<typeof SESSIONS_SCHEMA>

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const iso = (ms: number): string => new Date(ms).toISOString()

export const staffIdOf = (i: number): string => `s${String(i).padStart(4, '0')}`

/** `count` records spread evenly over `months` months ending 2026-11, for `staff` people. */
export function* generateRecords(seed: number, count: number, months: number, staff: number): Generator<ComplaintRecord> {
  const rng = new Rng(seed)
  const end = Date.UTC(2026, 11, 1)
  const span = months * 30.4 * 86_400_000
  for (let i = 0; i < count; i++) {
    const s = rng.int(staff)
    const received = end - span + Math.floor((i / count) * span)
    const resolved = rng.chance(0.85)
    const first = rng.chance(0.97) ? received + rng.int(48 * 3_600_000) : null
    yield {
      ticketId: `T${String(i).padStart(8, '0')}`,
      staffId: staffIdOf(s),
      staffName: `${SURNAMES[s % SURNAMES.length]}员工${s}`,
      channel: rng.pick(CHANNELS),
      category: rng.pick(CATEGORIES),
      priority: rng.pick(PRIORITIES),
      receivedAt: iso(received),
      firstResponseAt: first === null ? null : iso(first),
      resolvedAt: resolved ? iso(received + rng.int(120 * 3_600_000)) : null,
      status: resolved ? 'resolved' : 'unresolved',
      satisfaction: rng.chance(0.6) ? 1 + rng.int(5) : null,
      rootCause: rng.chance(0.5) ? rng.pick(['product', 'process', 'system', 'logistics', 'staff', 'other'] as const) : null
    }
  }
}

const LINES = [
  '您好，我上周买的电饭煲用了三天就坏了，按键完全没反应。',
  '非常抱歉给您带来不便，请问您方便提供一下订单号吗？',
  '订单号我发给你了，你们到底什么时候能处理？',
  '我已经为您登记，今天下午五点前会有售后同事联系您安排换新。',
  '上次也是这么说的，结果没人打电话。',
  '这次我会亲自跟进，五点前没有消息我会主动给您回电。'
]

export function makeSession(rng: Rng, userId: string, n: number): Session {
  const start = Date.UTC(2026, 0, 1) + rng.int(330 * 86_400_000)
  return {
    id: `${userId}-${n}`,
    userId,
    caseId: `bench-${String(rng.int(10_000)).padStart(5, '0')}`,
    startedAt: iso(start),
    endedAt: iso(start + 600_000 + rng.int(1_200_000)),
    turns: Array.from({ length: 6 + rng.int(6) }, (_, k) => ({ role: k % 2 ? 'trainee' : 'customer', text: rng.pick(LINES) })),
    scores: { acknowledge: rng.int(11), empathize: rng.int(11), resolve: rng.int(11), 'commit-time': rng.int(11) },
    total: rng.int(101)
  }
}
