import type { IncidentKind, StoreSpec } from './types'

export interface Envelope {
  schemaVersion: number
  data: unknown
}

export type Decoded<T> =
  | { ok: true; data: T; fromVersion: number }
  | { ok: false; kind: IncidentKind; problem: string }
  | { ok: false; kind: 'too-new'; problem: string; found: number }

export function encodeEnvelope(version: number, data: unknown, ascii = false): string {
  const text = JSON.stringify({ schemaVersion: version, data })
  return ascii ? asciiJson(text) : text
}

/**
 * The same JSON with every non-ASCII character as a `\uXXXX` escape. An all-ASCII text stays one byte per
 * character in V8, and reading and parsing it is ~1.5× faster than the two-byte string a single Chinese
 * name turns the whole file into (StoreSpec.asciiJson).
 */
export function asciiJson(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Reads a `{ schemaVersion, data }` file, upgrades it with the spec's migrations and checks its schema. */
export function decodeEnvelope<T>(text: string, spec: StoreSpec<T>): Decoded<T> {
  if (text.trim().length === 0) return { ok: false, kind: 'empty', problem: 'the file is empty' }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (e) {
    return jsonFailure(text, e)
  }
  if (!isEnvelope(parsed))
    return { ok: false, kind: 'schema', problem: 'not a data file: "schemaVersion" (a whole number ≥ 1) and "data" are required' }
  const found = parsed.schemaVersion
  if (found > spec.version)
    return { ok: false, kind: 'too-new', found, problem: `schemaVersion ${found} is newer than ${spec.version}` }
  let data = parsed.data
  for (let v = found + 1; v <= spec.version; v++) {
    const migrate = spec.migrations[v]
    if (!migrate) return { ok: false, kind: 'migration-failed', problem: `no migration to schema version ${v}` }
    try {
      data = migrate(data)
    } catch (e) {
      return { ok: false, kind: 'migration-failed', problem: `migration to version ${v} failed: ${message(e)}` }
    }
  }
  const checked = spec.schema.safeParse(data)
  if (!checked.success) return { ok: false, kind: 'schema', problem: describeIssues(checked.error.issues) }
  return { ok: true, data: checked.data, fromVersion: found }
}

function isEnvelope(v: unknown): v is Envelope {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const e = v as Record<string, unknown>
  return Number.isInteger(e.schemaVersion) && (e.schemaVersion as number) >= 1 && 'data' in e
}

interface Issue {
  path: PropertyKey[]
  message: string
}

/** `data.users.0.roles: Invalid option …`, at most three issues so the banner stays readable. */
export function describeIssues(issues: readonly Issue[]): string {
  const parts = issues.slice(0, 3).map((i) => `${['data', ...i.path.map(String)].join('.')}: ${i.message}`)
  if (issues.length > 3) parts.push(`and ${issues.length - 3} more`)
  return parts.join('; ')
}

function jsonFailure(text: string, e: unknown): { ok: false; kind: IncidentKind; problem: string } {
  const pos = /position (\d+)/.exec(message(e))
  const where = pos ? ` at ${lineCol(text, Number(pos[1]))}` : ''
  if (looksTruncated(text))
    return { ok: false, kind: 'truncated', problem: `the file ends in the middle of the data (${text.length} characters)` }
  return { ok: false, kind: 'not-json', problem: `not valid JSON${where}: ${message(e)}` }
}

function lineCol(text: string, pos: number): string {
  const before = text.slice(0, pos)
  const line = before.split('\n').length
  return `line ${line}, column ${pos - before.lastIndexOf('\n')}`
}

/** True when the text opens a JSON object/array that never closes: what a cut-off write leaves behind. */
export function looksTruncated(text: string): boolean {
  const t = text.trimStart()
  if (!t.startsWith('{') && !t.startsWith('[')) return false
  let depth = 0
  let inString = false
  for (let i = 0; i < t.length; i++) {
    const c = t[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') {
      depth--
      if (depth === 0) return false
    }
  }
  return depth > 0
}

export function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
