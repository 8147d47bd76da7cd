import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCaseFile, type CaseDoc } from '../../src/core/cases'
import { serializeCase } from '../../src/core/cases/serialize'
import type { Locale } from '../../src/core/domain/enums'

/**
 * Writes `count` valid user case files (70 % zh-CN) into a data folder, each a shipped case under a
 * new id and a numbered title, so the library is as large as asked with real-sized, valid cases.
 */
export function writeCaseLibrary(root: string, dataDir: string, count: number): number {
  const shipped: Record<Locale, CaseDoc[]> = { 'zh-CN': [], en: [] }
  for (const locale of ['zh-CN', 'en'] as const) {
    const dir = join(root, 'cases', locale)
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      const c = parseCaseFile(`cases/${locale}/${f}`, readFileSync(join(dir, f), 'utf8')).case
      if (c) shipped[locale].push(c)
    }
    mkdirSync(join(dataDir, 'cases', locale), { recursive: true })
  }
  let written = 0
  for (let i = 0; i < count; i++) {
    const locale: Locale = i % 10 < 7 ? 'zh-CN' : 'en'
    const base = shipped[locale][i % shipped[locale].length]
    const id = `bench-${String(i).padStart(4, '0')}`
    const text = serializeCase({ ...base, id, title: `${base.title} #${i}`, status: 'published' })
    if (!parseCaseFile(`${id}.md`, text).case) continue
    writeFileSync(join(dataDir, 'cases', locale, `${id}.md`), text)
    written++
  }
  return written
}
