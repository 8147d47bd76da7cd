import { setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'

export interface People {
  tb: TestBackend
  admin: string
  manager: string
  trainer: string
  /** Trainee account linked to staff S001. */
  alice: string
  /** Trainee account linked to staff S002. */
  bob: string
}

/** A backend with a manager, a trainer and two trainees linked to staff ids S001 and S002. */
export async function people(): Promise<People> {
  const tb = await testBackend()
  const admin = await setupAdmin(tb)
  return {
    tb,
    admin,
    manager: await signInAs(tb, admin, 'manager1', ['manager']),
    trainer: await signInAs(tb, admin, 'trainer1', ['trainer']),
    alice: await signInAs(tb, admin, 'alice', ['trainee'], 'S001'),
    bob: await signInAs(tb, admin, 'bob', ['trainee'], 'S002')
  }
}

/** Calls a channel and returns its data, failing the test with the reply when it did not succeed. */
export async function ok<T>(tb: TestBackend, channel: string, input: unknown, session: string): Promise<T> {
  const r = await tb.call<T>(channel, input, session)
  if (!r.ok) throw new Error(`${channel} failed: ${r.code} ${r.message}`)
  return r.data
}

export const draft = (over: Record<string, unknown> = {}) => ({
  staffId: 'S001',
  staffName: '李雷',
  ticketIds: ['T-1001', 'T-1002'],
  title: '过期牛奶投诉处理不当',
  description: '顾客投诉买到过期牛奶，处理过程中未及时升级。',
  judgements: [
    { standard: 'acknowledge', result: 'met', comment: '' },
    { standard: 'listen', result: 'met', comment: '' },
    { standard: 'escalate', result: 'not-met', comment: '未通知店长' },
    { standard: 'follow-up', result: 'not-met', comment: '' },
    { standard: 'privacy', result: 'na', comment: '' }
  ],
  ...over
})

export interface SpecialView {
  id: string
  staffId: string
  version: number
  category: string | null
  judgements: { standard: string; result: string; comment: string }[]
  score: { overall: number; overallBeforeAutoFail: number | null; passed: boolean; passMark: number; autoFail: string[] }
  dispute: null | {
    status: string
    comment: string
    claims: { standard: string; result: string }[]
    before: { score: { overall: number } }
    after: null | { score: { overall: number } }
    reply: string | null
    resolvedByName: string | null
  }
}
