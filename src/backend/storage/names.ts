import { InvalidNameError } from './errors'

const SAFE = /^[a-z0-9_-][a-z0-9._-]*$/
/** Names that the layout itself uses; a store with one of them would collide with it. */
const RESERVED = new Set(['backups', 'data.lock'])
const MAX_LENGTH = 120

/**
 * Store, collection and shard names become file names. Lower case only, so two names never map to one
 * file on a case-insensitive disk; no leading dot (hidden/temporary files) and no `..` (path escape).
 */
export function assertName(kind: string, value: string): void {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidNameError(kind, String(value), 'it is empty')
  if (value.length > MAX_LENGTH) throw new InvalidNameError(kind, value, `it is longer than ${MAX_LENGTH} characters`)
  if (!SAFE.test(value))
    throw new InvalidNameError(kind, value, 'use only a-z, 0-9, "-", "_" and "." (not first)')
  if (value.includes('..')) throw new InvalidNameError(kind, value, 'it contains ".."')
  if (value.includes('.corrupt-') || value.endsWith('.tmp'))
    throw new InvalidNameError(kind, value, 'it looks like a file the storage layer makes for itself')
  if (RESERVED.has(value)) throw new InvalidNameError(kind, value, 'the name is reserved')
}

/**
 * Turns any text (a staff id, a Chinese name) into a valid shard key part, reversibly: a-z, 0-9 and "-"
 * stay, every other character becomes `_<hex code point>_`, so upper case never collides with lower case.
 */
export function encodeKeyPart(text: string): string {
  let out = ''
  for (const ch of text) {
    if (/[a-z0-9-]/.test(ch)) out += ch
    else out += `_${(ch.codePointAt(0) ?? 0).toString(16)}_`
  }
  return out.length > 0 ? out : '_'
}

export function decodeKeyPart(part: string): string {
  if (part === '_') return ''
  return part.replace(/_([0-9a-f]+)_/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
}
