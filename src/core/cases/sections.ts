import type { Locale } from '../domain/enums'
import type { ProblemSink } from './problems'
import type { CaseSections } from './types'

export type SectionKey = 'background' | 'whatHappened' | 'handling' | 'lessons' | 'phrases'

/** In the order DESIGN.md requires; the first name of each locale is the one written back. */
export const SECTION_ORDER: readonly SectionKey[] = ['background', 'whatHappened', 'handling', 'lessons', 'phrases']
export const REQUIRED_SECTIONS: readonly SectionKey[] = ['background', 'whatHappened', 'handling', 'lessons']

export const SECTION_HEADINGS: Record<Locale, Record<SectionKey, string[]>> = {
  'zh-CN': {
    background: ['背景', '案例背景'],
    whatHappened: ['经过', '事件经过'],
    handling: ['处理', '处理过程', '处理方式'],
    lessons: ['教训', '经验教训'],
    phrases: ['参考话术', '示范话术']
  },
  en: {
    background: ['Background'],
    whatHappened: ['What happened'],
    handling: ['How it was handled'],
    lessons: ['Lessons', 'Lessons learned'],
    phrases: ['Model phrases']
  }
}

const HEADING_LOOKUP = new Map<string, SectionKey>()
for (const names of Object.values(SECTION_HEADINGS)) {
  for (const key of SECTION_ORDER) for (const n of names[key]) HEADING_LOOKUP.set(n.toLowerCase(), key)
}

function sectionLabel(key: SectionKey, locale: Locale): string {
  return SECTION_HEADINGS[locale][key][0]
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/
const FENCE = /^ {0,3}(```|~~~)/
const ITEM = /^( ?)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/

interface Found {
  key: SectionKey
  line: number
  lines: string[]
}

/** Splits the body at its `##` section headings and checks presence, order and the Lessons list. */
export function readSections(body: string, bodyStartLine: number, locale: Locale, sink: ProblemSink): CaseSections {
  const found: Found[] = []
  let current: Found | undefined
  let inFence = false
  body.split('\n').forEach((text, i) => {
    const line = bodyStartLine + i
    if (FENCE.test(text)) inFence = !inFence
    const h = inFence ? null : HEADING.exec(text)
    if (h && h[1].length <= 2) {
      const key = HEADING_LOOKUP.get(h[2].replace(/[:：]$/, '').trim().toLowerCase())
      if (key) {
        current = { key, line, lines: [] }
        found.push(current)
        return
      }
      if (h[1].length === 2) sink.warn(line, 'body', `unknown section "${h[2]}"; sections are ${labels(SECTION_ORDER, locale)}`)
    }
    current?.lines.push(text)
  })

  checkOrder(found, locale, sink)
  for (const key of REQUIRED_SECTIONS) {
    if (!found.some((f) => f.key === key)) {
      sink.error(bodyStartLine, 'body', `missing section "## ${sectionLabel(key, locale)}" (sections in order: ${labels(REQUIRED_SECTIONS, locale)})`)
    }
  }
  const text = (key: SectionKey): string => trimBlank(found.find((f) => f.key === key)?.lines ?? []).join('\n')
  const lessonsSection = found.find((f) => f.key === 'lessons')
  const lessons = lessonsSection ? listItems(lessonsSection.lines) : []
  if (lessonsSection) {
    const label = sectionLabel('lessons', locale)
    if (lessons.length === 0) {
      sink.error(lessonsSection.line, 'lessons', `"## ${label}" must be a list with at least one item ("- …")`)
    } else if (lessons.length < 3 || lessons.length > 6) {
      sink.warn(lessonsSection.line, 'lessons', `has ${lessons.length} item(s); 3 to 6 lessons read best`)
    }
  }
  const phrasesSection = found.find((f) => f.key === 'phrases')
  return {
    background: text('background'),
    whatHappened: text('whatHappened'),
    handling: text('handling'),
    lessons,
    phrases: phrasesSection ? listItemsOrParagraphs(phrasesSection.lines) : []
  }
}

function labels(keys: readonly SectionKey[], locale: Locale): string {
  return keys.map((k) => sectionLabel(k, locale)).join(' / ')
}

function checkOrder(found: Found[], locale: Locale, sink: ProblemSink): void {
  const seen = new Set<SectionKey>()
  let furthest = -1
  for (const f of found) {
    const label = sectionLabel(f.key, locale)
    if (seen.has(f.key)) {
      sink.error(f.line, 'body', `section "${label}" appears twice`)
      continue
    }
    seen.add(f.key)
    const idx = SECTION_ORDER.indexOf(f.key)
    if (idx < furthest) {
      const after = sectionLabel(SECTION_ORDER[furthest], locale)
      sink.error(f.line, 'body', `section "${label}" is out of order: it must come before "${after}" (order: ${labels(SECTION_ORDER, locale)})`)
    }
    furthest = Math.max(furthest, idx)
  }
}

function trimBlank(lines: string[]): string[] {
  let a = 0
  let b = lines.length
  while (a < b && !lines[a].trim()) a++
  while (b > a && !lines[b - 1].trim()) b--
  return lines.slice(a, b)
}

/** Top-level list items; continuation and nested lines are folded into their item. */
export function listItems(lines: string[]): string[] {
  const items: string[] = []
  let open = false
  let blank = false
  for (const raw of lines) {
    const m = ITEM.exec(raw)
    if (m) {
      items.push(m[3].trim())
      open = true
      blank = false
    } else if (!raw.trim()) {
      blank = true
    } else if (open && (!blank || /^\s{2,}/.test(raw))) {
      items[items.length - 1] = `${items[items.length - 1]} ${raw.trim().replace(/^([-*+]|\d{1,9}[.)])\s+/, '')}`.trim()
      blank = false
    } else {
      open = false
    }
  }
  return items.filter((s) => s.length > 0)
}

function listItemsOrParagraphs(lines: string[]): string[] {
  const items = listItems(lines)
  if (items.length > 0) return items
  const paragraphs: string[] = []
  let cur: string[] = []
  for (const raw of [...lines, '']) {
    const t = raw.replace(/^\s*>\s?/, '').trim()
    if (t) cur.push(t)
    else if (cur.length) {
      paragraphs.push(cur.join(' '))
      cur = []
    }
  }
  return paragraphs
}
