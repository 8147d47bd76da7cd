import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { setupAdmin, signInAs, testBackend, type TestBackend } from '../../helpers/backend'
import { draft } from './helpers'

interface Detail {
  id: string
  status: string
  body: string
  meta: { version: number; canApprove: boolean; reviewComment: string | null } | null
}
interface Search {
  total: number
  hits: { id: string; status: string; titleParts: { text: string; match: boolean }[] }[]
  facets: Record<string, Record<string, number>>
}

let tb: TestBackend
let admin: string
let trainerA: string
let trainerB: string
let trainee: string
beforeEach(async () => {
  tb = await testBackend()
  admin = await setupAdmin(tb)
  trainerA = await signInAs(tb, admin, 'trainer.a', ['trainer'])
  trainerB = await signInAs(tb, admin, 'trainer.b', ['trainer'])
  trainee = await signInAs(tb, admin, 'trainee', ['trainee'])
})
afterEach(() => tb.close())

describe('the case library', () => {
  it('searches the shipped cases in Chinese, with facets and highlights', async () => {
    const r = await tb.call<Search>('cases.search', { query: '过期', locale: 'zh-CN' }, trainee)
    expect(r.ok).toBe(true)
    expect(r.data.hits[0].id).toBe('safety-expired-milk')
    expect(r.data.hits[0].titleParts.some((p) => p.match && p.text.includes('过期'))).toBe(true)
    expect(r.data.facets.category.safety).toBeGreaterThan(0)
    const en = await tb.call<Search>('cases.search', { query: 'expired milk', locale: 'en' }, trainee)
    expect(en.data.hits[0].id).toBe('safety-expired-milk')
  })

  it('takes a case from draft to review to published, with a second trainer approving', async () => {
    const created = await tb.call<Detail>('cases.create', draft('yogurt-cold-chain'), trainerA)
    expect(created.ok, created.message).toBe(true)
    expect(created.data.status).toBe('draft')
    // Not visible to trainees while a draft, not even by id.
    expect((await tb.call('cases.get', { id: 'yogurt-cold-chain', locale: 'zh-CN' }, trainee)).code).toBe('not-found')

    expect((await tb.call<Detail>('cases.submit', { id: 'yogurt-cold-chain', locale: 'zh-CN' }, trainerA)).data.status).toBe('in-review')
    const own = await tb.call('cases.approve', { id: 'yogurt-cold-chain', locale: 'zh-CN' }, trainerA)
    expect(own.code).toBe('forbidden')
    const queue = await tb.call<{ id: string }[]>('cases.reviewQueue', {}, trainerB)
    expect(queue.data.map((c) => c.id)).toEqual(['yogurt-cold-chain'])
    const seen = await tb.call<Detail>('cases.get', { id: 'yogurt-cold-chain', locale: 'zh-CN' }, trainerB)
    expect(seen.data.meta?.canApprove).toBe(true)
    const approved = await tb.call<Detail>('cases.approve', { id: 'yogurt-cold-chain', locale: 'zh-CN', comment: '写得很好' }, trainerB)
    expect(approved.data.status).toBe('published')

    const forTrainee = await tb.call<Search>('cases.search', { query: '酸奶', locale: 'zh-CN' }, trainee)
    expect(forTrainee.data.hits.map((h) => h.id)).toContain('yogurt-cold-chain')
    // The trainee sees the customer's phone number masked; the trainer sees it as written.
    const read = await tb.call<Detail>('cases.get', { id: 'yogurt-cold-chain', locale: 'zh-CN' }, trainee)
    expect(read.data.body).toContain('138****5678')
    expect(read.data.meta).toBeNull()
    expect((await tb.call<Detail>('cases.get', { id: 'yogurt-cold-chain', locale: 'zh-CN' }, trainerB)).data.body).toContain('13812345678')
  })

  it('returns a case with a comment, keeps every version and restores an earlier one', async () => {
    await tb.call('cases.create', draft('yogurt-cold-chain'), trainerA)
    await tb.call('cases.submit', { id: 'yogurt-cold-chain', locale: 'zh-CN' }, trainerA)
    expect((await tb.call('cases.return', { id: 'yogurt-cold-chain', locale: 'zh-CN', comment: '' }, trainerB)).code).toBe('invalid-input')
    const returned = await tb.call<Detail>('cases.return', { id: 'yogurt-cold-chain', locale: 'zh-CN', comment: '补充参考话术' }, trainerB)
    expect(returned.data).toMatchObject({ status: 'draft', meta: { reviewComment: '补充参考话术' } })

    const edited = await tb.call<Detail>('cases.update', { ...draft('yogurt-cold-chain', { title: '冷柜故障导致酸奶变质' }), baseVersion: 3 }, trainerA)
    expect(edited.ok, edited.message).toBe(true)
    // A save from an editor opened on an older version is refused, not silently merged.
    const stale = await tb.call('cases.update', { ...draft('yogurt-cold-chain'), baseVersion: 3 }, trainerB)
    expect(stale.code).toBe('conflict')

    const history = await tb.call<{ n: number; action: string }[]>('cases.history', { id: 'yogurt-cold-chain', locale: 'zh-CN' }, trainerB)
    expect(history.data.map((v) => v.action)).toEqual(['update', 'return', 'submit', 'create'])
    const restored = await tb.call<Detail>('cases.restoreVersion', { id: 'yogurt-cold-chain', locale: 'zh-CN', n: 1 }, trainerB)
    expect(restored.data.meta?.version).toBe(5)
    const v1 = await tb.call<{ text: string }>('cases.version', { id: 'yogurt-cold-chain', locale: 'zh-CN', n: 5 }, trainerB)
    expect(v1.data.text).toContain('title: 顾客投诉冷柜酸奶变质')

    const audit = await tb.call<{ action: string; before?: { title: string }; after?: { title: string } }[]>('audit.list', { action: 'case.update' }, admin)
    expect(audit.data[0]).toMatchObject({ before: { title: '顾客投诉冷柜酸奶变质' }, after: { title: '冷柜故障导致酸奶变质' } })
  })

  it('writes the case as Markdown in the user folder, never into the shipped library, and keeps it across restarts', async () => {
    await tb.call('cases.create', draft('yogurt-cold-chain'), trainerA)
    const file = join(tb.dataDir, 'cases', 'zh-CN', 'yogurt-cold-chain.md')
    expect(readFileSync(file, 'utf8')).toMatch(/^---\nid: yogurt-cold-chain\n/)
    expect(existsSync(join(import.meta.dirname, '../../../cases/zh-CN/yogurt-cold-chain.md'))).toBe(false)
    await tb.restart()
    const session = (await tb.call<{ session: string }>('auth.login', { username: 'trainer.a', password: 'password-123' })).data.session
    expect((await tb.call<Detail>('cases.get', { id: 'yogurt-cold-chain', locale: 'zh-CN' }, session)).data.meta?.version).toBe(1)
  })

  it('refuses to change a shipped case, lets it be duplicated, and refuses a shipped id', async () => {
    expect((await tb.call('cases.submit', { id: 'safety-expired-milk', locale: 'zh-CN' }, trainerA)).code).toBe('conflict')
    expect((await tb.call('cases.create', draft('safety-expired-milk'), trainerA)).code).toBe('conflict')
    const copy = await tb.call<Detail>('cases.duplicate', { id: 'safety-expired-milk', locale: 'zh-CN', newId: 'our-expired-milk' }, trainerA)
    expect(copy.data).toMatchObject({ id: 'our-expired-milk', status: 'draft' })
    expect(copy.data.body).toContain('## 教训')
  })

  it('refuses ids that could leave the folder, and invalid text with the field named', async () => {
    for (const id of ['../escape', '/abs', 'a/b', 'UPPER', '..']) {
      const r = await tb.call('cases.create', draft(id), trainerA)
      expect(r.code, id).toBe('invalid-input')
    }
    const noLessons = await tb.call<unknown>('cases.create', draft('bad-case', { body: '## 背景\n\n只有背景。\n' }), trainerA)
    expect(noLessons.code).toBe('invalid-input')
    expect(noLessons.message).toMatch(/cases\/zh-CN\/bad-case\.md:\d+ body: /)
  })

  it('imports files all-or-nothing per file and reports the bad ones', async () => {
    const good = (await tb.call<Detail>('cases.create', draft('import-probe'), trainerA)).data
    expect(good.id).toBe('import-probe')
    const text = readFileSync(join(tb.dataDir, 'cases', 'zh-CN', 'import-probe.md'), 'utf8')
    const r = await tb.call<{ imported: { id: string; updated: boolean }[]; rejected: { file: string; problems: string[] }[] }>(
      'cases.import',
      {
        files: [
          { name: 'folder/zh-CN/fresh-case.md', text: text.replace(/import-probe/g, 'fresh-case') },
          { name: 'folder/zh-CN/import-probe.md', text: text.replace('顾客投诉冷柜酸奶变质', '新标题') },
          { name: 'folder/zh-CN/broken.md', text: text.replace(/import-probe/g, 'broken').replace('category: safety', 'category: quality') },
          { name: 'folder/notes.txt', text: 'hello' }
        ]
      },
      trainerA
    )
    expect(r.data.imported).toEqual([
      { file: 'folder/zh-CN/fresh-case.md', id: 'fresh-case', locale: 'zh-CN', updated: false },
      { file: 'folder/zh-CN/import-probe.md', id: 'import-probe', locale: 'zh-CN', updated: true }
    ])
    expect(r.data.rejected.map((x) => x.file)).toEqual(['folder/zh-CN/broken.md', 'folder/notes.txt'])
    expect(r.data.rejected[0].problems[0]).toMatch(/broken\.md:\d+ category: "quality" is not one of/)
    expect(existsSync(join(tb.dataDir, 'cases', 'zh-CN', 'broken.md'))).toBe(false)
  })

  it('exports selected cases as Markdown or a zip', async () => {
    const one = await tb.call<{ fileName: string; text: string }>('cases.export', { keys: [{ id: 'safety-expired-milk', locale: 'zh-CN' }], format: 'markdown' }, trainerA)
    expect(one.data.fileName).toBe('safety-expired-milk.md')
    expect(one.data.text).toMatch(/^---\nid: safety-expired-milk/)
    const zip = await tb.call<{ base64: string }>('cases.export', { keys: [{ id: 'safety-expired-milk', locale: 'zh-CN' }, { id: 'safety-expired-milk', locale: 'en' }], format: 'zip' }, trainerA)
    expect(Buffer.from(zip.data.base64, 'base64').subarray(0, 2).toString()).toBe('PK')
  })
})
