import { createSearchIndex, toSearchableDoc, type SearchIndex } from '@core/search'
import type { CaseDoc } from '@core/cases'
import type { Locale } from '@core/domain/enums'

export type CaseSource = 'shipped' | 'user'

export interface LibraryEntry {
  doc: CaseDoc
  source: CaseSource
}

export const caseKeyOf = (id: string, locale: Locale): string => `${locale}/${id}`

/**
 * Every case the app knows, in memory, with one search index per UI language: the zh-CN view holds
 * the zh-CN cases; the en view holds each case's English version where one exists and its zh-CN
 * original otherwise, so an English reader still finds every case once.
 */
export class CaseLibrary {
  private readonly entries = new Map<string, LibraryEntry>()
  private readonly views: Record<Locale, SearchIndex>

  constructor(entries: readonly LibraryEntry[]) {
    for (const e of entries) this.entries.set(caseKeyOf(e.doc.id, e.doc.locale), e)
    this.views = {
      'zh-CN': createSearchIndex(entries.filter((e) => e.doc.locale === 'zh-CN').map((e) => toSearchableDoc(e.doc))),
      en: createSearchIndex([])
    }
    for (const e of entries) this.placeInEnView(e.doc.id)
  }

  get(id: string, locale: Locale): LibraryEntry | undefined {
    return this.entries.get(caseKeyOf(id, locale))
  }

  /** The entry to show in `locale`: that version, or the zh-CN original. */
  display(id: string, locale: Locale): LibraryEntry | undefined {
    return this.get(id, locale) ?? this.get(id, 'zh-CN')
  }

  localesOf(id: string): Locale[] {
    return (['zh-CN', 'en'] as const).filter((l) => this.entries.has(caseKeyOf(id, l)))
  }

  /** Whether any locale of the id is taken, and by which source. */
  sourceOfId(id: string): CaseSource | undefined {
    return (this.get(id, 'zh-CN') ?? this.get(id, 'en'))?.source
  }

  all(): LibraryEntry[] {
    return [...this.entries.values()]
  }

  view(locale: Locale): SearchIndex {
    return this.views[locale]
  }

  put(entry: LibraryEntry): void {
    const { id, locale } = entry.doc
    this.entries.set(caseKeyOf(id, locale), entry)
    if (locale === 'zh-CN') this.views['zh-CN'].add(toSearchableDoc(entry.doc))
    this.placeInEnView(id)
  }

  private placeInEnView(id: string): void {
    const en = this.views.en
    en.remove(id, 'en')
    en.remove(id, 'zh-CN')
    const shown = this.get(id, 'en') ?? this.get(id, 'zh-CN')
    if (shown) en.add(toSearchableDoc(shown.doc))
  }
}
