import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import {
  CASE_STATUSES,
  CATEGORIES,
  CATEGORY_ALIASES,
  CHANNELS,
  CHANNEL_ALIASES,
  LOCALES,
  PRIORITIES,
  PRIORITY_ALIASES,
  readEnum,
  type CaseStatus,
  type Category,
  type Channel,
  type Locale,
  type Priority
} from '../domain/enums'
import { isStandardId, STANDARD_IDS, type StandardId } from '../standards/standards'
import { lineOfOffset } from './front-matter'
import { caseIdFromFileName, type ProblemSink } from './problems'
import { CASE_KEYS, REQUIRED_CASE_KEYS } from './types'

export interface CaseFields {
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
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

interface Entry {
  value: unknown
  line: number
  /** Lines of the items when the value is a list. */
  itemLines: number[]
}

/** Reads and checks the front matter; returns the fields only when every check passed. */
export function readCaseFields(
  yamlText: string,
  yamlStartLine: number,
  fileName: string,
  sink: ProblemSink,
  keyLines: Record<string, number>
): CaseFields | undefined {
  const lineAt = (offset: number | undefined): number => yamlStartLine - 1 + lineOfOffset(yamlText, offset ?? 0)
  const doc = parseDocument(yamlText, { prettyErrors: false })
  if (doc.errors.length > 0) {
    for (const e of doc.errors) sink.error(lineAt(e.pos[0]), 'front matter', `invalid YAML: ${firstLine(e.message)}`)
    return undefined
  }
  if (!isMap(doc.contents)) {
    sink.error(yamlStartLine - 1, 'front matter', 'must be a list of "key: value" lines (id, title, locale, …)')
    return undefined
  }
  const entries = new Map<string, Entry>()
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node | null
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode)
    const line = lineAt(keyNode?.range?.[0])
    const valueNode = pair.value as Node | null
    const itemLines = isSeq(valueNode) ? valueNode.items.map((it) => lineAt((it as Node).range?.[0])) : []
    let value: unknown
    try {
      value = valueNode ? valueNode.toJS(doc) : null
    } catch (e) {
      // yaml refuses unresolved aliases and alias bombs by throwing; a case file never needs aliases.
      sink.error(line, key, `invalid YAML: ${firstLine(e instanceof Error ? e.message : String(e))}`)
      continue
    }
    entries.set(key, { value, line, itemLines })
    keyLines[key] = line
    if (!(CASE_KEYS as readonly string[]).includes(key)) {
      sink.warn(line, key, `unknown key (ignored); known keys are ${CASE_KEYS.join(', ')}`)
    }
  }
  const before = sink.errors.length
  const missingLine = yamlStartLine - 1
  for (const k of REQUIRED_CASE_KEYS) {
    const e = entries.get(k)
    if (!e) sink.error(missingLine, k, 'is required but missing from the front matter')
    else if (e.value === null || e.value === '') sink.error(e.line, k, 'is empty')
  }
  if (sink.errors.length > before) return undefined

  const get = (k: string): Entry => entries.get(k) as Entry
  const id = readText(get('id'), 'id', sink)
  if (id !== undefined) checkId(id, get('id').line, fileName, sink)
  const fields = {
    id,
    title: readText(get('title'), 'title', sink),
    locale: readChoice(get('locale'), 'locale', LOCALES, {}, sink),
    category: readChoice(get('category'), 'category', CATEGORIES, CATEGORY_ALIASES, sink),
    channel: readChoice(get('channel'), 'channel', CHANNELS, CHANNEL_ALIASES, sink),
    priority: readChoice(get('priority'), 'priority', PRIORITIES, PRIORITY_ALIASES, sink),
    tags: entries.has('tags') ? readTextList(get('tags'), 'tags', sink) : [],
    standards: readStandards(get('standards'), sink),
    summary: readText(get('summary'), 'summary', sink),
    status: readChoice(get('status'), 'status', CASE_STATUSES, {}, sink)
  }
  if (sink.errors.length > before) return undefined
  return fields as CaseFields
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
}

function checkId(id: string, line: number, fileName: string, sink: ProblemSink): void {
  if (!SLUG.test(id)) {
    sink.error(line, 'id', `"${id}" is not a lowercase slug (letters a-z, digits and single hyphens, e.g. safety-expired-milk)`)
    return
  }
  const expected = caseIdFromFileName(fileName)
  if (id !== expected) sink.error(line, 'id', `"${id}" must equal the file name without .md ("${expected}")`)
}

function readText(e: Entry, field: string, sink: ProblemSink): string | undefined {
  if (typeof e.value === 'string' || typeof e.value === 'number') {
    const text = String(e.value).trim()
    if (text) return text
    sink.error(e.line, field, 'is empty')
    return undefined
  }
  sink.error(e.line, field, 'must be a single line of text')
  return undefined
}

function readChoice<T extends string>(
  e: Entry,
  field: string,
  allowed: readonly T[],
  aliases: Record<string, T>,
  sink: ProblemSink
): T | undefined {
  const raw = typeof e.value === 'string' ? e.value : JSON.stringify(e.value)
  const v = typeof e.value === 'string' ? readEnum(allowed, aliases, e.value) : undefined
  if (v === undefined) sink.error(e.line, field, `"${raw}" is not one of ${allowed.join(', ')}`)
  return v
}

function readTextList(e: Entry, field: string, sink: ProblemSink): string[] {
  if (!Array.isArray(e.value)) {
    sink.error(e.line, field, 'must be a list, e.g. [食品安全, 退款]')
    return []
  }
  const out: string[] = []
  e.value.forEach((item, i) => {
    if (typeof item === 'string' || typeof item === 'number') {
      const t = String(item).trim()
      if (t && !out.includes(t)) out.push(t)
    } else sink.error(e.itemLines[i] ?? e.line, field, `item ${i + 1} must be text`)
  })
  return out
}

function readStandards(e: Entry, sink: ProblemSink): StandardId[] {
  if (!Array.isArray(e.value)) {
    sink.error(e.line, 'standards', 'must be a list of standard ids, e.g. [acknowledge, empathize]')
    return []
  }
  const out: StandardId[] = []
  e.value.forEach((item, i) => {
    if (isStandardId(item)) {
      if (!out.includes(item)) out.push(item)
    } else {
      const line = e.itemLines[i] ?? e.line
      sink.error(line, 'standards', `"${String(item)}" is not a standard id; known ids are ${STANDARD_IDS.join(', ')}`)
    }
  })
  if (e.value.length === 0) sink.warn(e.line, 'standards', 'no standards listed; the case will not link to the rubric')
  return out
}
