import { crc32 } from 'node:zlib'
import { inflateSync } from 'fflate'
import { ArchiveError } from './errors'

export interface ArchiveEntry {
  /** Relative path inside the archive, "/"-separated, already checked not to escape the folder. */
  path: string
  bytes: Uint8Array
}

export interface ArchiveLimits {
  maxEntries: number
  maxEntryBytes: number
  maxTotalBytes: number
}

export const DEFAULT_LIMITS: ArchiveLimits = {
  maxEntries: 50_000,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const S_IFMT = 0o170000
const S_IFLNK = 0o120000

/**
 * Reads a zip archive fully into memory, refusing anything unsafe or damaged with an ArchiveError that
 * says what is wrong: entries that would escape the folder (`../`, absolute paths, drive letters),
 * symbolic links, encryption, ZIP64, unknown compression, sizes beyond the limits, bad checksums.
 * It reads the central directory itself because fflate does not expose the entry's file type.
 */
export function readArchive(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_LIMITS): ArchiveEntry[] {
  if (!(bytes instanceof Uint8Array)) throw new ArchiveError('the backup archive must be binary data')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndRecord(bytes, view)
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0)
    throw new ArchiveError('multi-part zip archives are not supported')
  const count = view.getUint16(end + 10, true)
  const cdSize = view.getUint32(end + 12, true)
  const cdOffset = view.getUint32(end + 16, true)
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new ArchiveError('ZIP64 archives are not supported')
  if (count > limits.maxEntries) throw new ArchiveError(`too many entries (${count}; at most ${limits.maxEntries})`)
  if (cdOffset + cdSize > end) throw new ArchiveError('the archive is damaged: its directory lies outside the file')

  const entries: ArchiveEntry[] = []
  const seen = new Set<string>()
  let total = 0
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    need(view, p, 46, 'directory entry')
    if (view.getUint32(p, true) !== CENTRAL) throw new ArchiveError(`the archive is damaged: directory entry ${i + 1} is not where the directory says`)
    const madeBy = view.getUint16(p + 4, true)
    const flags = view.getUint16(p + 8, true)
    const method = view.getUint16(p + 10, true)
    const crc = view.getUint32(p + 16, true)
    const packed = view.getUint32(p + 20, true)
    const size = view.getUint32(p + 24, true)
    const nameLen = view.getUint16(p + 28, true)
    const extraLen = view.getUint16(p + 30, true)
    const commentLen = view.getUint16(p + 32, true)
    const attrs = view.getUint32(p + 38, true)
    const localOffset = view.getUint32(p + 42, true)
    need(view, p + 46, nameLen, 'entry name')
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLen))
    p += 46 + nameLen + extraLen + commentLen

    const path = checkPath(name)
    if (madeBy >> 8 === 3 && ((attrs >>> 16) & S_IFMT) === S_IFLNK)
      throw new ArchiveError('symbolic links are not allowed in a backup archive', name)
    if (flags & 1) throw new ArchiveError('encrypted entries are not supported', name)
    if (name.endsWith('/')) continue
    const folded = path.toLowerCase()
    if (seen.has(folded)) throw new ArchiveError('the archive holds this path twice', name)
    seen.add(folded)
    if (method !== 0 && method !== 8) throw new ArchiveError(`unsupported compression method ${method}`, name)
    if (size > limits.maxEntryBytes) throw new ArchiveError(`the entry is too large (${size} bytes)`, name)
    // Deflate expands at most ~1032:1; a bigger claim is damage or a bomb, refused before allocating.
    if (method === 0 ? size !== packed : size > packed * 1032 + 64)
      throw new ArchiveError('the archive is damaged: the entry sizes do not match', name)
    total += size
    if (total > limits.maxTotalBytes) throw new ArchiveError(`the archive expands to more than ${limits.maxTotalBytes} bytes`)
    entries.push({ path, bytes: extract(bytes, view, { name, localOffset, method, packed, size, crc }) })
  }
  return entries
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  if (bytes.length < 22) throw new ArchiveError('not a zip archive (the file is too short)')
  const stop = Math.max(0, bytes.length - 22 - 0xffff)
  for (let i = bytes.length - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i
  throw new ArchiveError('not a zip archive (no end-of-archive record)')
}

function need(view: DataView, at: number, length: number, what: string): void {
  if (at < 0 || at + length > view.byteLength) throw new ArchiveError(`the archive is damaged: a ${what} runs past the end`)
}

/** Our own archives hold ASCII names only, so names in legacy code pages are refused, not guessed. */
function decodeName(raw: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    throw new ArchiveError('an entry name is not valid UTF-8')
  }
}

/** Entry names must stay inside the folder they are unpacked into. */
export function checkPath(name: string): string {
  if (name.length === 0) throw new ArchiveError('an entry has an empty name')
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) throw new ArchiveError('absolute paths are not allowed', name)
  if (/[\\:\0]/.test(name)) throw new ArchiveError('backslashes, colons and NUL characters are not allowed', name)
  const trimmed = name.endsWith('/') ? name.slice(0, -1) : name
  for (const segment of trimmed.split('/')) {
    if (segment === '..') throw new ArchiveError('".." would escape the data folder', name)
    if (segment === '' || segment === '.') throw new ArchiveError('empty or "." path segments are not allowed', name)
  }
  return trimmed
}

interface Located {
  name: string
  localOffset: number
  method: number
  packed: number
  size: number
  crc: number
}

function extract(bytes: Uint8Array, view: DataView, e: Located): Uint8Array {
  need(view, e.localOffset, 30, 'local header')
  if (view.getUint32(e.localOffset, true) !== LOCAL) throw new ArchiveError('the archive is damaged: the entry header is missing', e.name)
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true)
  need(view, start, e.packed, 'compressed entry')
  const packed = bytes.subarray(start, start + e.packed)
  let out: Uint8Array
  if (e.method === 0) out = packed
  else {
    try {
      // A fixed-size output buffer: a "zip bomb" that lies about its size is cut off, then fails the checksum.
      out = inflateSync(packed, { out: new Uint8Array(e.size) })
    } catch (err) {
      throw new ArchiveError(`the archive is damaged: cannot decompress (${err instanceof Error ? err.message : String(err)})`, e.name)
    }
  }
  if (out.length !== e.size) throw new ArchiveError('the archive is damaged: the entry has the wrong length', e.name)
  if (crc32(out) >>> 0 !== e.crc) throw new ArchiveError('the archive is damaged: checksum mismatch', e.name)
  return out.slice()
}
