import { Document, isSeq } from 'yaml'
import type { Locale } from '../domain/enums'
import { SECTION_HEADINGS, SECTION_ORDER, type SectionKey } from './sections'
import type { CaseDoc, CaseSections } from './types'

type Serializable = Omit<CaseDoc, 'sections' | 'lessonsCount'>

/** Front matter + body, in the key order of DESIGN.md; parseCaseFile reads it back unchanged. */
export function serializeCase(doc: Serializable): string {
  const y = new Document({
    id: doc.id,
    title: doc.title,
    locale: doc.locale,
    category: doc.category,
    channel: doc.channel,
    priority: doc.priority,
    tags: [...doc.tags],
    standards: [...doc.standards],
    summary: doc.summary,
    status: doc.status
  })
  for (const key of ['tags', 'standards']) {
    const seq = y.get(key, true)
    if (isSeq(seq)) seq.flow = true
  }
  const front = y.toString({ lineWidth: 0, flowCollectionPadding: false })
  return `---\n${front}---\n${doc.body}`
}

/** Writes the body from sections with the locale's headings (for the authoring form). */
export function buildCaseBody(locale: Locale, sections: CaseSections): string {
  const parts: string[] = []
  const heading = (k: SectionKey): string => `## ${SECTION_HEADINGS[locale][k][0]}`
  for (const key of SECTION_ORDER) {
    if (key === 'lessons') {
      parts.push(`${heading(key)}\n\n${sections.lessons.map((l) => `- ${oneLine(l)}`).join('\n')}`)
    } else if (key === 'phrases') {
      if (sections.phrases.length) parts.push(`${heading(key)}\n\n${sections.phrases.map((p) => `- ${oneLine(p)}`).join('\n')}`)
    } else {
      parts.push(`${heading(key)}\n\n${sections[key].trim()}`)
    }
  }
  return `\n${parts.join('\n\n')}\n`
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim()
}
