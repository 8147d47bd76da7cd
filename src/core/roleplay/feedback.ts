import type { Mark } from '../scoring/scorecard'
import type { Rubric, StandardId } from '../standards/standards'
import type { ReplyLocale } from './analyser'

const WORDS = {
  'zh-CN': { good: '做到', bad: '需改进', sep: '、', end: '。', join: '；', open: '（', close: '）' },
  en: { good: 'Done well', bad: 'To improve', sep: ', ', end: '.', join: '. ', open: ' (', close: ')' }
} as const

export function standardName(rubric: Rubric, id: StandardId, locale: ReplyLocale): string {
  return rubric.standards.find((s) => s.id === id)?.name[locale] ?? id
}

/** A one-line summary of a free-text or ticket turn, named with the rubric's own standard names. */
export function summarizeMarks(marks: readonly Mark[], rubric: Rubric, locale: ReplyLocale): string {
  const w = WORDS[locale]
  const credited = [...new Set(marks.filter((m) => m.kind === 'credit').map((m) => m.standard))]
  const violated = marks.filter((m) => m.kind === 'violation')
  const parts: string[] = []
  if (credited.length > 0) parts.push(`${w.good}: ${credited.map((s) => standardName(rubric, s, locale)).join(w.sep)}`)
  if (violated.length > 0) {
    const items = violated.map((m) => `${standardName(rubric, m.standard, locale)}${m.note ? `${w.open}${m.note}${w.close}` : ''}`)
    parts.push(`${w.bad}: ${items.join(w.sep)}`)
  }
  return parts.length > 0 ? `${parts.join(w.join)}${w.end}` : ''
}
