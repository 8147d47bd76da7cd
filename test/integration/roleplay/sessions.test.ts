import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sessionExportSchema } from '@core/roleplay'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'
import { GOOD_TICKET, MILK, playGood, saveMilk, type Session } from './helpers'

let tb: TestBackend
let admin: string
let trainer: string
let manager: string
let alice: string
let bob: string
beforeEach(async () => {
  tb = await testBackend()
  admin = await setupAdmin(tb)
  trainer = await signInAs(tb, admin, 'trainer', ['trainer'])
  manager = await signInAs(tb, admin, 'manager', ['manager'])
  alice = await signInAs(tb, admin, 'alice', ['trainee'], 'S001')
  bob = await signInAs(tb, admin, 'bob', ['trainee'], 'S002')
  await saveMilk(tb, trainer)
})
afterEach(() => tb.close())

const start = (session: string, mode: 'practice' | 'assessment') =>
  tb.call<Session>('roleplay.session.start', { id: 'safety-expired-milk', locale: 'zh-CN', mode }, session)
const reply = (session: string, sessionId: string, r: unknown) => tb.call<Session>('roleplay.session.reply', { sessionId, reply: r }, session)

describe('role-play sessions', () => {
  it('loads every valid shipped script from cases/scenarios, and a trainer edit overrides its shipped version', async () => {
    const shipped = ['zh-CN', 'en'].flatMap((l) => {
      const dir = join(ROOT, 'cases/scenarios', l)
      return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => `${l}/${f.replace(/\.yaml$/, '')}`) : []
    })
    const list = await tb.call<{ id: string; locale: string; source: string }[]>('roleplay.scenarios.list', {}, alice)
    expect(list.data.map((s) => `${s.locale}/${s.id}`).sort()).toEqual(expect.arrayContaining(shipped))
    for (const s of list.data) expect(s.source).toBe(s.locale === 'zh-CN' && s.id === 'safety-expired-milk' ? 'user' : 'shipped')
    if (shipped.includes('en/safety-expired-milk')) {
      const c = await tb.call<{ hasScenario: boolean }>('cases.get', { id: 'safety-expired-milk', locale: 'en' }, alice)
      expect(c.data.hasScenario).toBe(true)
    }
  })

  it('lists the trainer-saved scenario and tells the case library it is playable', async () => {
    const list = await tb.call<{ id: string; source: string; turns: number; caseTitle: string | null }[]>('roleplay.scenarios.list', { locale: 'zh-CN' }, alice)
    const milk = list.data.find((s) => s.id === 'safety-expired-milk')
    expect(milk).toMatchObject({ source: 'user', turns: 5 })
    expect(milk?.caseTitle).toBeTruthy()
    const c = await tb.call<{ hasScenario: boolean }>('cases.get', { id: 'safety-expired-milk', locale: 'zh-CN' }, alice)
    expect(c.data.hasScenario).toBe(true)
  })

  it('plays an assessment to a passing ending: no hints, no per-turn feedback, a full debrief', async () => {
    const s0 = await start(alice, 'assessment')
    expect(s0.data.turn?.hint).toBeUndefined()
    expect(s0.data.canRewind).toBe(false)
    const end = await playGood(tb, alice)
    expect(end.status).toBe('finished')
    expect(end.ending?.outcome).toBe('good')
    expect(end.lastTurn).toBeUndefined()
    expect(end.result?.passed).toBe(true)
    expect(end.result?.overall).toBeGreaterThanOrEqual(80)
    const std = Object.fromEntries(end.result!.standards.map((s) => [s.id, s.score]))
    expect(std.apologize).toBe(100)
    expect(std.classify).toBe(100)
    expect(std.privacy).toBeNull() // not exercised: N/A
    expect(end.debrief?.lessons.length).toBeGreaterThan(0)
    expect(end.debrief?.turns).toHaveLength(3)
    // Appraisal's view of it, and the audit trail of an assessment score.
    const finished = await tb.backend.services.roleplay.finishedSessions({ from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z', mode: 'assessment' })
    expect(finished).toHaveLength(1)
    expect(finished[0]).toMatchObject({ staffId: 'S001', caseId: 'safety-expired-milk', passed: true })
    const audit = await tb.call<{ action: string }[]>('audit.list', { action: 'roleplay.session.finish' }, admin)
    expect(audit.data).toHaveLength(1)
    // Finished means finished.
    expect((await reply(alice, end.id, { type: 'choice', option: 0 })).code).toBe('invalid-input')
  })

  it('fails outright on a critical violation and says why in the debrief', async () => {
    const s = (await start(alice, 'assessment')).data
    await reply(alice, s.id, { type: 'choice', option: 1 }) // questions the customer: no-blame
    const end = (await reply(alice, s.id, { type: 'choice', option: 1 })).data
    expect(end.ending?.outcome).toBe('bad')
    expect(end.result).toMatchObject({ overall: 0, passed: false })
    expect(end.result?.autoFail.map((a) => a.standard)).toContain('no-blame')
    expect(end.debrief?.autoFail[0]).toMatchObject({ standard: 'no-blame', turn: 0 })
    expect(end.debrief?.weakest[0].standard).toBe('no-blame')
    expect(end.debrief?.recommended.length).toBeGreaterThan(0)
  })

  it('a safety ticket not marked urgent fails classify as critical', async () => {
    const s = (await start(alice, 'assessment')).data
    await reply(alice, s.id, { type: 'choice', option: 0 })
    await reply(alice, s.id, { type: 'text', text: '请留一下联系电话，我马上请店长过来处理。' })
    const end = (await reply(alice, s.id, { type: 'ticket', form: { ...GOOD_TICKET, priority: 'normal' } })).data
    expect(end.result?.overall).toBe(0)
    expect(end.result?.autoFail.map((a) => a.standard)).toContain('classify')
  })

  it('practice mode shows hints and feedback per turn and rewinds; assessment refuses to rewind', async () => {
    const s = (await start(alice, 'practice')).data
    expect(s.turn?.hint).toBeTruthy()
    const bad = (await reply(alice, s.id, { type: 'choice', option: 1 })).data
    expect(bad.lastTurn?.cost[0]).toMatchObject({ standard: 'no-blame', critical: true })
    expect(bad.lastTurn?.feedback).toContain('推诿')
    expect(bad.canRewind).toBe(true)
    const back = (await tb.call<Session>('roleplay.session.rewind', { sessionId: s.id, turn: 0 }, alice)).data
    expect(back.turn?.nodeId).toBe('open')
    expect(back.mood).toBe(25)
    expect(back.transcript).toHaveLength(1)
    const good = (await reply(alice, s.id, { type: 'choice', option: 0 })).data
    expect(good.turn?.nodeId).toBe('details')
    expect(good.lastTurn?.earned.map((e) => e.standard)).toEqual(['apologize', 'empathize'])

    const a = (await start(alice, 'assessment')).data
    await reply(alice, a.id, { type: 'choice', option: 1 })
    expect((await tb.call('roleplay.session.rewind', { sessionId: a.id, turn: 0 }, alice)).code).toBe('forbidden')
  })

  it('rewinding a finished practice session reopens it and drops it from the results', async () => {
    const end = await playGood(tb, alice, 'practice')
    expect(end.status).toBe('finished')
    const range = { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' }
    expect(await tb.backend.services.roleplay.finishedSessions(range)).toHaveLength(1)
    const back = (await tb.call<Session>('roleplay.session.rewind', { sessionId: end.id, turn: 2 }, alice)).data
    expect(back).toMatchObject({ status: 'active' })
    expect(back.turn?.type).toBe('ticket')
    expect(await tb.backend.services.roleplay.finishedSessions(range)).toHaveLength(0)
  })

  it('times each turn on the backend and debits acknowledge for a slow reply', async () => {
    const s = (await start(alice, 'practice')).data
    const real = Date.now()
    const spy = vi.spyOn(Date, 'now').mockReturnValue(real + 45_000) // in-store target: 30 s
    try {
      const r = (await reply(alice, s.id, { type: 'choice', option: 0 })).data
      expect(r.lastTurn?.cost).toEqual([expect.objectContaining({ standard: 'acknowledge' })])
    } finally {
      spy.mockRestore()
    }
  })

  it('uses the pass mark from the settings', async () => {
    await tb.call('settings.update', { roleplay: { passMark: 100, weights: {}, timeTargetSeconds: { phone: 30, 'in-store': 30, 'online-chat': 60, app: 90, 'social-media': 120, 'web-form': 300, email: 300 } } }, admin)
    const end = await playGood(tb, alice)
    expect(end.result?.passMark).toBe(100)
    expect(end.result?.passed).toBe(end.result?.overall === 100)
  })

  it('keeps trainees to their own sessions; trainers and managers see everyone', async () => {
    const end = await playGood(tb, alice)
    await playGood(tb, bob)
    expect((await tb.call('roleplay.session.get', { sessionId: end.id }, bob)).code).toBe('not-found')
    expect((await tb.call('roleplay.session.export', { sessionId: end.id }, bob)).code).toBe('not-found')
    const mine = await tb.call<{ userName: string }[]>('roleplay.session.list', {}, bob)
    expect(mine.data.map((s) => s.userName)).toEqual(['bob'])
    const aliceId = end.userId
    expect((await tb.call('roleplay.session.list', { userId: aliceId }, bob)).code).toBe('forbidden')
    for (const lead of [trainer, manager]) {
      const all = await tb.call<{ userName: string }[]>('roleplay.session.list', {}, lead)
      expect(all.data.map((s) => s.userName).sort()).toEqual(['alice', 'bob'])
      expect((await tb.call<Session>('roleplay.session.get', { sessionId: end.id }, lead)).data.debrief).toBeTruthy()
    }
    expect((await tb.call('roleplay.session.list', { userId: '王'.repeat(80) }, trainer)).code).toBe('not-found')
    const one = await tb.call<{ userName: string }[]>('roleplay.session.list', { userId: aliceId }, trainer)
    expect(one.data.map((s) => s.userName)).toEqual(['alice'])
    // Reading is not playing: a trainer cannot move a trainee's session.
    const open = (await start(alice, 'practice')).data
    expect((await reply(trainer, open.id, { type: 'choice', option: 0 })).code).toBe('forbidden')
    expect((await tb.call('roleplay.scripts.save', { id: 'safety-expired-milk', locale: 'zh-CN', text: MILK }, alice)).code).toBe('forbidden')
  })

  it('keeps sessions across a restart and exports them in the documented format', async () => {
    const end = await playGood(tb, alice)
    await tb.restart()
    const login = await tb.call<{ session: string }>('auth.login', { username: 'alice', password: 'password-123' })
    const again = await tb.call<Session>('roleplay.session.get', { sessionId: end.id }, login.data.session)
    expect(again.data.result?.overall).toBe(end.result?.overall)
    const ex = await tb.call<{ fileName: string; json: string }>('roleplay.session.export', { sessionId: end.id }, login.data.session)
    const file = sessionExportSchema.parse(JSON.parse(ex.data.json))
    expect(file.transcript.turns).toHaveLength(3)
    expect(file.recorded?.overall).toBe(end.result?.overall)
    expect(ex.data.fileName).toMatch(/^roleplay-safety-expired-milk-.*\.json$/)
  })
})

describe('trainer scripts', () => {
  it('refuses a broken script with file:line errors and keeps the version in force', async () => {
    const broken = MILK.replace('next: details\n', 'next: detials\n')
    const r = await tb.call<{ saved: boolean; errors: { file: string; line: number; message: string }[] }>('roleplay.scripts.save', { id: 'safety-expired-milk', locale: 'zh-CN', text: broken }, trainer)
    expect(r.data.saved).toBe(false)
    expect(r.data.errors[0].file).toBe('scenarios/zh-CN/safety-expired-milk.yaml')
    expect(r.data.errors[0].line).toBeGreaterThan(1)
    const got = await tb.call<{ text: string; source: string; versions: number }>('roleplay.scripts.get', { id: 'safety-expired-milk', locale: 'zh-CN' }, trainer)
    expect(got.data).toMatchObject({ text: MILK, source: 'user', versions: 1 })
    const audit = await tb.call<{ action: string }[]>('audit.list', { action: 'roleplay.script.save' }, admin)
    expect(audit.data).toHaveLength(1)
  })

  it('a session started on an older version of a script still plays on that version', async () => {
    const s = (await start(alice, 'practice')).data
    const edited = MILK.replace('title: 过期牛奶：孩子已经喝了一口', 'title: 过期牛奶（新版）').replace('mood: +15', 'mood: +30')
    expect((await tb.call<{ saved: boolean }>('roleplay.scripts.save', { id: 'safety-expired-milk', locale: 'zh-CN', text: edited }, trainer)).data.saved).toBe(true)
    await tb.restart()
    const login = await tb.call<{ session: string }>('auth.login', { username: 'alice', password: 'password-123' })
    const r = (await reply(login.data.session, s.id, { type: 'choice', option: 0 })).data
    expect(r.mood).toBe(40) // 25 + 15, the version it started on
    const fresh = (await start(login.data.session, 'practice')).data
    expect((await reply(login.data.session, fresh.id, { type: 'choice', option: 0 })).data.mood).toBe(55)
  })
})
