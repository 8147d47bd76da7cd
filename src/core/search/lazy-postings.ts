import type { Postings } from './postings'

/**
 * Postings restored from a snapshot, decoded one term at a time when a query first needs it. Loading
 * then only reads each term's document count (146,000 small headers for 10,000 cases) instead of
 * decoding ~6 million postings, most of which no query of the session will touch.
 */
export class LazyPostings {
  readonly postings: Postings
  private readonly done: Uint8Array
  private remaining: number

  /** `starts[t]` is where term t's block (df, then gap/tf pairs) begins in `bytes`. */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly starts: Uint32Array,
    private readonly docCount: number
  ) {
    const terms = starts.length - 1
    const offsets = new Uint32Array(terms + 1)
    for (let t = 0; t < terms; t++) {
      const df = readVarint(bytes, starts[t], starts[t + 1])
      if (df > docCount) throw new Error('search index: a term is in more documents than there are')
      offsets[t + 1] = offsets[t] + df
    }
    this.postings = { offsets, slots: new Uint32Array(offsets[terms]), tfs: new Uint32Array(offsets[terms]) }
    this.done = new Uint8Array(terms)
    this.remaining = terms
  }

  get complete(): boolean {
    return this.remaining === 0
  }

  ensure(term: number): void {
    if (this.done[term] === 1) return
    decodeBlock(this.bytes, this.starts[term], this.starts[term + 1], this.postings, term, this.docCount)
    this.done[term] = 1
    this.remaining--
  }

  /** Everything, for merging new documents in or saving again. */
  ensureAll(): void {
    for (let t = 0; t < this.done.length && this.remaining > 0; t++) this.ensure(t)
  }
}

const broken = (): never => {
  throw new Error('search index: postings end early')
}

/** The first varint of bytes[from, end); a document count. */
function readVarint(bytes: Uint8Array, from: number, end: number): number {
  let v = 0
  let pos = from
  for (let mul = 1; ; mul *= 128) {
    if (pos >= end) broken()
    const b = bytes[pos++]
    v += (b & 0x7f) * mul
    if (b < 0x80) return v
  }
}

/** One term's block into its place in the flat arrays; the block must end exactly at `end`. */
function decodeBlock(bytes: Uint8Array, from: number, end: number, p: Postings, term: number, docCount: number): void {
  let pos = from
  while (bytes[pos] >= 0x80) pos++
  pos++ // the df header, already read
  let slot = 0
  const { slots, tfs } = p
  for (let at = p.offsets[term]; at < p.offsets[term + 1]; at++) {
    let b = pos < end ? bytes[pos++] : broken()
    let gap = b & 0x7f
    for (let shift = 7; b >= 0x80; shift += 7) {
      b = pos < end ? bytes[pos++] : broken()
      gap += (b & 0x7f) * 2 ** shift
    }
    slot += gap
    if (slot >= docCount) throw new Error('search index: posting points past the documents')
    b = pos < end ? bytes[pos++] : broken()
    let tf = b & 0x7f
    for (let shift = 7; b >= 0x80; shift += 7) {
      b = pos < end ? bytes[pos++] : broken()
      tf += (b & 0x7f) * 2 ** shift
    }
    slots[at] = slot
    tfs[at] = tf
  }
  if (pos !== end) throw new Error('search index: postings do not match the vocabulary')
}
