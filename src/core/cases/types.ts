import type { CaseStatus, Category, Channel, Locale, Priority } from '../domain/enums'
import type { StandardId } from '../standards/standards'

/** A problem found in a user's file; `line` is 1-based and points at the offending key or body line. */
export interface Problem {
  file: string
  line: number
  field: string
  message: string
}

export interface CaseSections {
  /** Markdown of the section, without its heading, trimmed. */
  background: string
  whatHappened: string
  handling: string
  /** The items of the Lessons list, as Markdown (inline), in order. */
  lessons: string[]
  /** The items (or paragraphs) of the optional Model phrases section. */
  phrases: string[]
}

export interface CaseDoc {
  id: string
  title: string
  locale: Locale
  category: Category
  channel: Channel
  priority: Priority
  tags: string[]
  standards: StandardId[]
  summary: string
  status: CaseStatus
  /** Markdown after the front matter, exactly as written (minus a leading BOM / CRLF line ends). */
  body: string
  sections: CaseSections
  lessonsCount: number
}

export interface CaseParseResult {
  file: string
  /** Present when the file has no errors (warnings allowed). */
  case?: CaseDoc
  errors: Problem[]
  warnings: Problem[]
  /** 1-based line of every front-matter key found, so cross-file checks can point at it. */
  keyLines: Record<string, number>
}

/** The front-matter keys in the order they are written back. */
export const CASE_KEYS = [
  'id',
  'title',
  'locale',
  'category',
  'channel',
  'priority',
  'tags',
  'standards',
  'summary',
  'status'
] as const
export type CaseKey = (typeof CASE_KEYS)[number]

/** `tags` may be left out (read as []); every other key must be written. */
export const REQUIRED_CASE_KEYS: readonly CaseKey[] = CASE_KEYS.filter((k) => k !== 'tags')
