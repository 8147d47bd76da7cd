import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { draft, ok, people, type People, type SpecialView } from './helpers'

// One backend for the file (accounts are slow to create: password hashing); tests use their own records.
let p: People
beforeAll(async () => {
  p = await people()
})
afterAll(() => p.tb.close())

describe('special appraisals', () => {
  it('a manager records one, scored on the scorecard; only the staff member sees it besides managers', async () => {
    const s = await ok<SpecialView>(p.tb, 'special.create', draft(), p.manager)
    // acknowledge 1 + listen 1 met, escalate 1 + follow-up 1 not met, privacy N/A → 50
    expect(s.score).toMatchObject({ overall: 50, passed: false, passMark: 80, autoFail: [] })
    expect(s.judgements.map((j) => j.standard)).toEqual(['acknowledge', 'listen', 'escalate', 'follow-up', 'privacy'])

    expect((await ok<SpecialView[]>(p.tb, 'special.list', {}, p.alice)).map((x) => x.id)).toContain(s.id)
    expect(await ok<SpecialView[]>(p.tb, 'special.list', {}, p.bob)).toEqual([])
    expect((await ok<SpecialView[]>(p.tb, 'special.list', { staffId: 'S001' }, p.manager)).map((x) => x.id)).toContain(s.id)
    expect(await ok<SpecialView[]>(p.tb, 'special.list', { staffId: 'S002' }, p.manager)).toEqual([])
    expect((await p.tb.call('special.get', { id: s.id }, p.bob)).code).toBe('not-found')
    expect((await p.tb.call('special.get', { id: s.id }, p.trainer)).code).toBe('not-found')
    expect((await ok<SpecialView>(p.tb, 'special.get', { id: s.id }, p.alice)).score.overall).toBe(50)
    expect((await p.tb.call('special.create', draft(), p.alice)).code).toBe('forbidden')
    expect((await p.tb.call('special.create', draft(), p.trainer)).code).toBe('forbidden')

    const audit = await ok<{ action: string; target: string; after: unknown }[]>(p.tb, 'audit.list', { target: `special:${s.id}` }, p.admin)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ action: 'special.create', after: { id: s.id, score: { overall: 50 } } })
  })

  it('auto-fails a critical standard not met, and classify on a safety incident only', async () => {
    const privacy = await ok<SpecialView>(p.tb, 'special.create', draft({ judgements: [{ standard: 'listen', result: 'met' }, { standard: 'privacy', result: 'not-met', comment: '泄露电话' }] }), p.manager)
    expect(privacy.score).toMatchObject({ overall: 0, overallBeforeAutoFail: 40, autoFail: ['privacy'], passed: false })
    const classify = [{ standard: 'listen', result: 'met' }, { standard: 'classify', result: 'not-met' }]
    expect((await ok<SpecialView>(p.tb, 'special.create', draft({ judgements: classify }), p.manager)).score.overall).toBe(50)
    const safety = await ok<SpecialView>(p.tb, 'special.create', draft({ judgements: classify, category: 'safety' }), p.manager)
    expect(safety.score).toMatchObject({ overall: 0, autoFail: ['classify'] })
  })

  it('refuses bad input with the field named', async () => {
    const r = await p.tb.call('special.create', draft({ ticketIds: [] }), p.manager)
    expect(r).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(r.message).toMatch(/ticketIds/)
    const bad = await p.tb.call('special.create', draft({ judgements: [{ standard: 'smile', result: 'met' }] }), p.manager)
    expect(bad.message).toMatch(/judgements\.0\.standard/)
  })

  it('updates with a version check and audits before/after', async () => {
    const s = await ok<SpecialView>(p.tb, 'special.create', draft(), p.manager)
    const changed = draft({ judgements: [{ standard: 'listen', result: 'met' }] })
    const u = await ok<SpecialView>(p.tb, 'special.update', { ...changed, id: s.id, baseVersion: 1 }, p.manager)
    expect(u).toMatchObject({ version: 2, score: { overall: 100, passed: true } })
    expect((await p.tb.call('special.update', { ...changed, id: s.id, baseVersion: 1 }, p.manager)).code).toBe('conflict')
    const audit = await ok<{ action: string; before: SpecialView; after: SpecialView }[]>(p.tb, 'audit.list', { action: 'special.update', target: `special:${s.id}` }, p.admin)
    expect(audit[0].before.score.overall).toBe(50)
    expect(audit[0].after.score.overall).toBe(100)
  })
})

describe('disputes', () => {
  it('the staff member disputes once; the manager accepts and the claims revise the score', async () => {
    const s = await ok<SpecialView>(p.tb, 'special.create', draft(), p.manager)
    const dispute = { id: s.id, comment: '我已电话通知店长，有通话记录', claims: [{ standard: 'escalate', result: 'met' }] }
    expect((await p.tb.call('special.dispute', dispute, p.bob)).code).toBe('not-found')
    expect((await p.tb.call('special.dispute', dispute, p.manager)).code).toBe('forbidden')
    const d = await ok<SpecialView>(p.tb, 'special.dispute', dispute, p.alice)
    expect(d.dispute).toMatchObject({ status: 'open', comment: dispute.comment, before: { score: { overall: 50 } }, after: null })
    expect((await p.tb.call('special.dispute', dispute, p.alice)).code).toBe('conflict')
    // While disputed, the record changes only through the resolution.
    expect((await p.tb.call('special.update', { ...draft(), id: s.id, baseVersion: d.version }, p.manager)).code).toBe('conflict')
    expect((await p.tb.call('special.resolveDispute', { id: s.id, decision: 'accept', reply: '核实属实' }, p.alice)).code).toBe('forbidden')

    const r = await ok<SpecialView>(p.tb, 'special.resolveDispute', { id: s.id, decision: 'accept', reply: '核实属实，予以更正' }, p.manager)
    expect(r.score.overall).toBe(75)
    expect(r.judgements.find((j) => j.standard === 'escalate')?.result).toBe('met')
    expect(r.dispute).toMatchObject({ status: 'accepted', reply: '核实属实，予以更正', resolvedByName: 'manager1', before: { score: { overall: 50 } }, after: { score: { overall: 75 } } })
    expect((await p.tb.call('special.resolveDispute', { id: s.id, decision: 'reject', reply: 'again' }, p.manager)).code).toBe('conflict')

    const audit = await ok<{ action: string }[]>(p.tb, 'audit.list', { target: `special:${s.id}` }, p.admin)
    expect(audit.map((a) => a.action)).toEqual(['special.resolveDispute', 'special.dispute', 'special.create'])
  })

  it('adjust takes the manager\'s judgements; reject keeps the score', async () => {
    const a = await ok<SpecialView>(p.tb, 'special.create', draft(), p.manager)
    await ok(p.tb, 'special.dispute', { id: a.id, comment: '不同意', claims: [{ standard: 'follow-up', result: 'na' }] }, p.alice)
    expect((await p.tb.call('special.resolveDispute', { id: a.id, decision: 'adjust', reply: '部分调整' }, p.manager)).message).toMatch(/judgements/)
    const adjusted = await ok<SpecialView>(
      p.tb,
      'special.resolveDispute',
      { id: a.id, decision: 'adjust', reply: '部分调整', judgements: [...draft().judgements.filter((j) => j.standard !== 'follow-up'), { standard: 'follow-up', result: 'met', comment: '已回访' }] },
      p.manager
    )
    expect(adjusted.score.overall).toBe(75)
    expect(adjusted.dispute?.status).toBe('adjusted')

    const b = await ok<SpecialView>(p.tb, 'special.create', draft(), p.manager)
    await ok(p.tb, 'special.dispute', { id: b.id, comment: '不同意', claims: [{ standard: 'escalate', result: 'met' }] }, p.alice)
    const rejected = await ok<SpecialView>(p.tb, 'special.resolveDispute', { id: b.id, decision: 'reject', reply: '无通话记录' }, p.manager)
    expect(rejected.score.overall).toBe(50)
    expect(rejected.dispute).toMatchObject({ status: 'rejected', reply: '无通话记录', after: null })
  })
})

describe('on the record', () => {
  // Last in the file: a restart ends every sign-in session.
  it('keeps appraisals and their disputes across a restart', async () => {
    const s = await ok<SpecialView>(p.tb, 'special.create', draft({ title: 'persisted' }), p.manager)
    await ok(p.tb, 'special.dispute', { id: s.id, comment: 'keep me', claims: [{ standard: 'escalate', result: 'met' }] }, p.alice)
    await p.tb.restart()
    const alice = await ok<{ session: string }>(p.tb, 'auth.login', { username: 'alice', password: 'password-123' }, '')
    const after = await ok<SpecialView>(p.tb, 'special.get', { id: s.id }, alice.session)
    expect(after.dispute).toMatchObject({ status: 'open', comment: 'keep me' })
    expect(after.score.overall).toBe(50)
  })
})
