import { LazyPostings } from './lazy-postings'
import type { Postings } from './postings'
import type { SerializedSearchIndex, StoredDoc } from './types'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const ENCODE = new Uint8Array(64)
const DECODE = new Int16Array(128).fill(-1)
for (let i = 0; i < 64; i++) {
  ENCODE[i] = ALPHABET.charCodeAt(i)
  DECODE[ALPHABET.charCodeAt(i)] = i
}

/** Unsigned LEB128 varints in a growable byte buffer. */
class ByteWriter {
  bytes = new Uint8Array(1 << 16)
  length = 0

  varint(v: number): void {
    if (this.length + 5 > this.bytes.length) {
      const b = new Uint8Array(this.bytes.length * 2)
      b.set(this.bytes)
      this.bytes = b
    }
    while (v >= 0x80) {
      this.bytes[this.length++] = (v & 0x7f) | 0x80
      v = Math.floor(v / 128)
    }
    this.bytes[this.length++] = v
  }
}

/** Base64 by hand: no Buffer (Node only) and no btoa on strings this large in src/core. */
function toBase64(bytes: Uint8Array, length: number): string {
  const out = new Uint8Array(Math.ceil(length / 3) * 4)
  let o = 0
  for (let i = 0; i < length; i += 3) {
    const b1 = bytes[i]
    const b2 = i + 1 < length ? bytes[i + 1] : 0
    const b3 = i + 2 < length ? bytes[i + 2] : 0
    out[o++] = ENCODE[b1 >> 2]
    out[o++] = ENCODE[((b1 & 3) << 4) | (b2 >> 4)]
    out[o++] = i + 1 < length ? ENCODE[((b2 & 15) << 2) | (b3 >> 6)] : 61
    out[o++] = i + 2 < length ? ENCODE[b3 & 63] : 61
  }
  return new TextDecoder('latin1').decode(out)
}

/** Four characters to three bytes per step, through a 256-entry table (no per-bit loop). */
function fromBase64(s: string): Uint8Array {
  let end = s.length
  while (end > 0 && s.charCodeAt(end - 1) === 61) end--
  const out = new Uint8Array(Math.floor((end * 3) / 4))
  const bad = (): never => {
    throw new Error('search index: postings are not base64')
  }
  const full = end - (end % 4)
  let o = 0
  for (let i = 0; i < full; i += 4) {
    const c0 = s.charCodeAt(i)
    const c1 = s.charCodeAt(i + 1)
    const c2 = s.charCodeAt(i + 2)
    const c3 = s.charCodeAt(i + 3)
    if ((c0 | c1 | c2 | c3) >= 128) bad()
    const v0 = DECODE[c0]
    const v1 = DECODE[c1]
    const v2 = DECODE[c2]
    const v3 = DECODE[c3]
    if ((v0 | v1 | v2 | v3) < 0) bad()
    const n = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3
    out[o++] = n >> 16
    out[o++] = (n >> 8) & 255
    out[o++] = n & 255
  }
  let acc = 0
  let bits = 0
  for (let i = full; i < end; i++) {
    const c = s.charCodeAt(i)
    const v = c < 128 ? DECODE[c] : -1
    if (v < 0) bad()
    acc = (acc << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[o++] = (acc >> bits) & 255
    }
  }
  return out
}

/**
 * Postings as varints: per term its document count, then per posting the slot gap and the packed
 * field counts. Gaps and counts are small, so a snapshot is about a third of the raw arrays.
 */
function encodePostings(p: Postings): { postings: string; blocks: string } {
  const w = new ByteWriter()
  const lengths = new ByteWriter()
  const terms = p.offsets.length - 1
  for (let t = 0; t < terms; t++) {
    const start = w.length
    w.varint(p.offsets[t + 1] - p.offsets[t])
    let prev = 0
    for (let i = p.offsets[t]; i < p.offsets[t + 1]; i++) {
      w.varint(p.slots[i] - prev)
      prev = p.slots[i]
      w.varint(p.tfs[i])
    }
    lengths.varint(w.length - start)
  }
  return { postings: toBase64(w.bytes, w.length), blocks: toBase64(lengths.bytes, lengths.length) }
}

/** Where each term's block starts (prefix sums of the stored block lengths); checks they cover the bytes. */
function blockStarts(b64: string, termCount: number, byteCount: number): Uint32Array {
  const bytes = fromBase64(b64)
  const starts = new Uint32Array(termCount + 1)
  let pos = 0
  for (let t = 0; t < termCount; t++) {
    let v = 0
    for (let mul = 1; ; mul *= 128) {
      if (pos >= bytes.length) throw new Error('search index: block table ends early')
      const b = bytes[pos++]
      v += (b & 0x7f) * mul
      if (b < 0x80) break
    }
    starts[t + 1] = starts[t] + v
  }
  if (pos !== bytes.length || starts[termCount] !== byteCount) throw new Error('search index: postings do not match the vocabulary')
  return starts
}

/**
 * One pass over the bytes with the varint reads inlined (a closure per read was most of a load).
 * Every posting takes at least two bytes, so half the byte count bounds the arrays.
 */
function decodePostings(b64: string, termCount: number, docCount: number): Postings {
  const bytes = fromBase64(b64)
  const len = bytes.length
  const offsets = new Uint32Array(termCount + 1)
  const slots = new Uint32Array(len >>> 1)
  const tfs = new Uint32Array(len >>> 1)
  const early = (): never => {
    throw new Error('search index: postings end early')
  }
  let pos = 0
  let at = 0
  for (let t = 0; t < termCount; t++) {
    let df = 0
    for (let mul = 1; ; mul *= 128) {
      if (pos >= len) early()
      const b = bytes[pos++]
      df += (b & 0x7f) * mul
      if (b < 0x80) break
    }
    if (at + df > slots.length) early()
    let slot = 0
    for (let k = 0; k < df; k++) {
      let b = pos < len ? bytes[pos++] : early()
      let gap = b & 0x7f
      for (let shift = 7; b >= 0x80; shift += 7) {
        b = pos < len ? bytes[pos++] : early()
        gap += (b & 0x7f) * 2 ** shift
      }
      slot += gap
      if (slot >= docCount) throw new Error('search index: posting points past the documents')
      b = pos < len ? bytes[pos++] : early()
      let tf = b & 0x7f
      for (let shift = 7; b >= 0x80; shift += 7) {
        b = pos < len ? bytes[pos++] : early()
        tf += (b & 0x7f) * 2 ** shift
      }
      slots[at] = slot
      tfs[at++] = tf
    }
    offsets[t + 1] = at
  }
  if (pos !== len) throw new Error('search index: postings do not match the vocabulary')
  return { offsets, slots: slots.slice(0, at), tfs: tfs.slice(0, at) }
}

export function serialize(terms: string[], docs: StoredDoc[], postings: Postings): SerializedSearchIndex {
  return {
    format: 'complaint-coach-search-index',
    version: 2,
    terms: [...terms],
    docs: docs.map((d) => ({ ...d, tags: [...d.tags], standards: [...d.standards], lens: [...d.lens] as StoredDoc['lens'] })),
    ...encodePostings(postings)
  }
}

/**
 * Checks the snapshot's shape before trusting it; throws with a reason a log can show. Version 2
 * snapshots come back with lazily decoded postings (see LazyPostings); version 1 is decoded at once.
 */
export function deserialize(json: unknown): { terms: string[]; docs: StoredDoc[]; postings: Postings; lazy: LazyPostings | null } {
  const data = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<SerializedSearchIndex> | null
  if (!data || data.format !== 'complaint-coach-search-index') throw new Error('search index: not a saved search index')
  if (data.version !== 1 && data.version !== 2) throw new Error(`search index: unsupported version ${String(data.version)}`)
  if (!Array.isArray(data.terms) || !Array.isArray(data.docs) || typeof data.postings !== 'string') {
    throw new Error('search index: terms, docs or postings missing')
  }
  const { terms, docs } = data
  if (data.version === 1) return { terms, docs, postings: decodePostings(data.postings, terms.length, docs.length), lazy: null }
  if (typeof data.blocks !== 'string') throw new Error('search index: block table missing')
  const bytes = fromBase64(data.postings)
  const lazy = new LazyPostings(bytes, blockStarts(data.blocks, terms.length, bytes.length), docs.length)
  return { terms, docs, postings: lazy.postings, lazy }
}
