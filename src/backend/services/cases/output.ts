import type { CaseDetailOut, CaseSummaryOut } from '@core/api/channels/cases'
import type { CaseDoc } from '@core/cases'
import { maskPersonalText } from '@core/privacy/mask'
import type { LibraryEntry } from './library'

/** What list views show of a case; `mask` hides customer phone numbers and the like (trainees). */
export function summaryOf(e: LibraryEntry, mask: boolean): CaseSummaryOut {
  const d = e.doc
  const m = mask ? maskPersonalText : (s: string) => s
  return {
    id: d.id,
    locale: d.locale,
    title: m(d.title),
    summary: m(d.summary),
    category: d.category,
    channel: d.channel,
    priority: d.priority,
    status: d.status,
    tags: [...d.tags],
    standards: [...d.standards],
    source: e.source
  }
}

export function detailOf(
  e: LibraryEntry,
  mask: boolean,
  extra: Pick<CaseDetailOut, 'locales' | 'related' | 'hasScenario' | 'meta'>
): CaseDetailOut {
  const m = mask ? maskPersonalText : (s: string) => s
  const d: CaseDoc = e.doc
  return {
    ...summaryOf(e, mask),
    body: m(d.body),
    lessons: d.sections.lessons.map(m),
    phrases: d.sections.phrases.map(m),
    ...extra
  }
}

/** A case as the audit log keeps it: every field, the body as text (shown as text, never rendered). */
export function auditView(d: CaseDoc | undefined): Record<string, unknown> | undefined {
  if (!d) return undefined
  return {
    title: d.title,
    status: d.status,
    category: d.category,
    channel: d.channel,
    priority: d.priority,
    tags: d.tags,
    standards: d.standards,
    summary: d.summary,
    body: d.body
  }
}
