import type { CaseDoc } from '../cases/types'
import type { SearchableDoc } from './types'

/** The index reads CaseDoc as is; this keeps only what it stores (smaller persisted snapshots). */
export function toSearchableDoc(c: CaseDoc): SearchableDoc {
  return {
    id: c.id,
    locale: c.locale,
    title: c.title,
    tags: c.tags,
    summary: c.summary,
    body: c.body,
    category: c.category,
    channel: c.channel,
    priority: c.priority,
    standards: c.standards,
    status: c.status
  }
}
