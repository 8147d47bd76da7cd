import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FinishedSession } from '../../../src/backend/services/roleplay'
import { ok, people, type People } from './helpers'

interface Assignment {
  id: string
  userId: string
  kind: string
  caseId: string
  title: string
  status: string
  doneHow: string | null
  dueDate: string | null
  overdue: boolean
}

let p: People
let aliceId = ''
let bobId = ''
beforeAll(async () => {
  p = await people()
  const trainees = (await ok<{ trainees: { userId: string; displayName: string; staffId: string | null }[] }>(p.tb, 'incentives.people', {}, p.trainer)).trainees
  aliceId = trainees.find((t) => t.staffId === 'S001')?.userId ?? ''
  bobId = trainees.find((t) => t.staffId === 'S002')?.userId ?? ''
})
afterAll(() => p.tb.close())

describe('training assignments', () => {
  it('a trainer assigns a case; the trainee sees it and marks it read', async () => {
    const made = await ok<Assignment[]>(
      p.tb,
      'training.assign',
      { userId: aliceId, items: [{ kind: 'case', caseId: 'safety-expired-milk', locale: 'zh-CN' }], dueDate: '2099-12-31', note: '重点看升级流程' },
      p.trainer
    )
    expect(made).toHaveLength(1)
    expect(made[0]).toMatchObject({ kind: 'case', caseId: 'safety-expired-milk', status: 'open', overdue: false })
    expect(made[0].title).toMatch(/牛奶/)
    // Assigning it again while open adds nothing.
    expect(await ok(p.tb, 'training.assign', { userId: aliceId, items: [{ kind: 'case', caseId: 'safety-expired-milk', locale: 'zh-CN' }] }, p.manager)).toEqual([])

    const mine = await ok<Assignment[]>(p.tb, 'training.mine', {}, p.alice)
    expect(mine.map((a) => a.id)).toContain(made[0].id)
    expect((await ok<Assignment[]>(p.tb, 'training.mine', {}, p.bob)).map((a) => a.id)).not.toContain(made[0].id)
    expect((await p.tb.call('training.complete', { id: made[0].id }, p.bob)).code).toBe('not-found')
    const done = await ok<Assignment>(p.tb, 'training.complete', { id: made[0].id }, p.alice)
    expect(done).toMatchObject({ status: 'done', doneHow: 'read' })
    const audit = await ok<{ action: string; before: Assignment; after: Assignment }[]>(p.tb, 'audit.list', { target: `assignment:${made[0].id}` }, p.admin)
    expect(audit[0]).toMatchObject({ action: 'training.complete', before: { status: 'open' }, after: { status: 'done' } })
    expect((await ok<{ action: string }[]>(p.tb, 'audit.list', { action: 'training.assign', target: `user:${aliceId}` }, p.admin)).length).toBeGreaterThan(0)
  })

  it('refuses what cannot be assigned, naming the field', async () => {
    const noCase = await p.tb.call('training.assign', { userId: aliceId, items: [{ kind: 'case', caseId: 'no-such-case', locale: 'zh-CN' }] }, p.trainer)
    expect(noCase).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(noCase.message).toMatch(/items\.0\.caseId/)
    const noScenario = await p.tb.call('training.assign', { userId: aliceId, items: [{ kind: 'scenario', caseId: 'delivery-parcel-lost', locale: 'zh-CN' }] }, p.trainer)
    expect(noScenario.message).toMatch(/items\.0\.kind.*no role-play scenario/)
    const trainers = await ok<{ id: string; roles: string[] }[]>(p.tb, 'accounts.list', {}, p.admin)
    const trainerId = trainers.find((u) => u.roles.includes('trainer'))?.id
    expect((await p.tb.call('training.assign', { userId: trainerId, items: [{ kind: 'case', caseId: 'safety-expired-milk', locale: 'zh-CN' }] }, p.trainer)).message).toMatch(/trainee/)
    expect((await p.tb.call('training.assign', { userId: aliceId, items: [{ kind: 'case', caseId: 'safety-expired-milk', locale: 'zh-CN' }], dueDate: '2026-02-30' }, p.trainer)).message).toMatch(/dueDate/)
  })

  it('trainees neither assign nor list others\' training; trainers cannot run special appraisals', async () => {
    const item = { userId: bobId, items: [{ kind: 'case', caseId: 'safety-expired-milk', locale: 'zh-CN' }] }
    expect((await p.tb.call('training.assign', item, p.alice)).code).toBe('forbidden')
    expect((await p.tb.call('training.list', {}, p.alice)).code).toBe('forbidden')
    expect((await p.tb.call('incentives.period', { from: '2026-10-01', to: '2026-10-31' }, p.alice)).code).toBe('forbidden')
    expect((await p.tb.call('special.list', {}, p.trainer)).ok).toBe(true)
    expect((await p.tb.call('special.resolveDispute', { id: 'x', decision: 'reject', reply: 'r' }, p.trainer)).code).toBe('forbidden')
  })

  it('marks an overdue assignment and lets a trainer cancel it', async () => {
    const [a] = await ok<Assignment[]>(p.tb, 'training.assign', { userId: bobId, items: [{ kind: 'case', caseId: 'other-invoice-error', locale: 'zh-CN' }], dueDate: '2020-01-01' }, p.trainer)
    expect(a.overdue).toBe(true)
    const listed = await ok<Assignment[]>(p.tb, 'training.list', { userId: bobId, status: 'open' }, p.trainer)
    expect(listed.map((x) => x.id)).toEqual([a.id])
    expect((await ok<Assignment>(p.tb, 'training.cancel', { id: a.id }, p.trainer)).status).toBe('cancelled')
    expect((await ok<Assignment[]>(p.tb, 'training.mine', {}, p.bob)).map((x) => x.id)).not.toContain(a.id)
  })

  it('completes a scenario assignment by itself once a session of that case finishes after it', async () => {
    // The role-play module is an interim stub in main: give it one scenario and one finished session.
    const roleplay = p.tb.backend.services.roleplay
    const sessions: FinishedSession[] = []
    roleplay.hasScenario = (id) => id === 'safety-expired-milk'
    roleplay.finishedSessions = async (r) => sessions.filter((s) => s.finishedAt >= r.from && s.finishedAt < r.to)
    const [a] = await ok<Assignment[]>(p.tb, 'training.assign', { userId: bobId, items: [{ kind: 'scenario', caseId: 'safety-expired-milk', locale: 'zh-CN' }] }, p.trainer)
    const session = (finishedAt: string, caseId = 'safety-expired-milk'): FinishedSession => ({
      sessionId: `s-${sessions.length}`, userId: bobId, staffId: 'S002', caseId, title: caseId, locale: 'zh-CN', mode: 'practice', finishedAt, overall: 85, passed: true, standards: []
    })
    sessions.push(session('2020-01-01T00:00:00.000Z'), session(new Date().toISOString(), 'other-invoice-error'))
    expect((await ok<Assignment[]>(p.tb, 'training.mine', {}, p.bob)).find((x) => x.id === a.id)?.status).toBe('open')
    sessions.push(session(new Date(Date.now() + 10).toISOString()))
    await new Promise((r) => setTimeout(r, 20))
    const done = (await ok<Assignment[]>(p.tb, 'training.mine', {}, p.bob)).find((x) => x.id === a.id)
    expect(done).toMatchObject({ status: 'done', doneHow: 'session' })
  })
})
