import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, type TestBackend } from '../../helpers/backend'

/** The engine tests' complete script (its case, safety-expired-milk, ships in cases/zh-CN). */
export const MILK = readFileSync(join(ROOT, 'test/unit/roleplay/scripts/safety-expired-milk.yaml'), 'utf8')

export const GOOD_TEXT = '请您留一下联系电话和购物小票，我马上请店长过来，先给您办理退款，两小时内给您回电确认孩子情况。'
export const GOOD_TICKET = {
  category: 'safety',
  priority: 'urgent',
  channel: 'in-store',
  contactCaptured: true,
  promisedHours: 2,
  remedy: 'refund',
  escalate: true
}

export interface Session {
  id: string
  userId: string
  mode: string
  status: string
  mood: number
  turn?: { nodeId: string; type: string; hint?: string; options?: { index: number; text: string }[]; elapsedMs: number }
  ending?: { outcome: string }
  canRewind: boolean
  lastTurn?: { earned: { standard: string }[]; cost: { standard: string; critical?: boolean }[]; feedback?: string }
  transcript: { speaker: string; text: string }[]
  result?: { overall: number; passed: boolean; passMark: number; autoFail: { standard: string }[]; standards: { id: string; score: number | null }[] }
  debrief?: {
    autoFail: { standard: string; turn: number }[]
    turns: { reply: string; earned: { standard: string }[]; cost: { standard: string; note?: string }[]; better?: string }[]
    weakest: { standard: string }[]
    lessons: string[]
    recommended: { id: string }[]
  }
}

export async function saveMilk(tb: TestBackend, trainer: string): Promise<void> {
  const r = await tb.call<{ saved: boolean }>('roleplay.scripts.save', { id: 'safety-expired-milk', locale: 'zh-CN', text: MILK }, trainer)
  if (!r.ok || !r.data.saved) throw new Error(`could not save the test script: ${r.message ?? JSON.stringify(r.data)}`)
}

/** Plays the script's passing path: apologise, a complete free-text answer, a correct ticket. */
export async function playGood(tb: TestBackend, session: string, mode: 'practice' | 'assessment' = 'assessment'): Promise<Session> {
  const start = await tb.call<Session>('roleplay.session.start', { id: 'safety-expired-milk', locale: 'zh-CN', mode }, session)
  if (!start.ok) throw new Error(start.message)
  const id = start.data.id
  const steps = [
    { type: 'choice', option: 0 },
    { type: 'text', text: GOOD_TEXT },
    { type: 'ticket', form: GOOD_TICKET }
  ]
  let last = start.data
  for (const reply of steps) {
    const r = await tb.call<Session>('roleplay.session.reply', { sessionId: id, reply }, session)
    if (!r.ok) throw new Error(r.message)
    last = r.data
  }
  return last
}
