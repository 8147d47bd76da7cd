import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseCaseFile, type CaseDoc } from '@core/cases'
import { LOCALES, type Locale } from '@core/domain/enums'
import type { BaseServices } from '../base'

/**
 * The cases module's backend service. The two read methods below are what other modules rely on
 * (role-play recommends cases, appraisal builds training plans, analytics drafts cases); keep them.
 */
export interface CasesService {
  /** Every published case, shipped and user-authored, in every locale. */
  listPublished(): CaseDoc[]
  /** One published case by id in the locale asked for, else its zh-CN version. */
  findPublished(id: string, locale: Locale): CaseDoc | undefined
}

/** Interim: reads the shipped library only; the cases module replaces this with its full service. */
export async function openCases(base: BaseServices): Promise<CasesService> {
  const docs: CaseDoc[] = []
  for (const locale of LOCALES) {
    const dir = join(base.paths.casesDir, locale)
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
      const parsed = parseCaseFile(`cases/${locale}/${name}`, await readFile(join(dir, name), 'utf8'))
      if (parsed.case) docs.push(parsed.case)
      else base.log.warn(`cases/${locale}/${name}: skipped, ${parsed.errors.length} error(s)`)
    }
  }
  const published = docs.filter((d) => d.status === 'published')
  return {
    listPublished: () => published,
    findPublished: (id, locale) =>
      published.find((d) => d.id === id && d.locale === locale) ?? published.find((d) => d.id === id && d.locale === 'zh-CN')
  }
}
