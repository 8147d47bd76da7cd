/**
 * Term-major postings in compressed-sparse-row form: the postings of term t are
 * slots[offsets[t] .. offsets[t+1]) with slot numbers ascending, and tfs holds the term's count per
 * field packed as four bytes (each capped at 255): body in the low byte, then summary, tags, title,
 * so the common body-only counts stay small integers (V8 keeps them unboxed).
 */
export interface Postings {
  offsets: Uint32Array
  slots: Uint32Array
  tfs: Uint32Array
}

/** Fields in index order: title, tags, summary, body. */
export const FIELD_SHIFT = [24, 16, 8, 0]
export const FIELD_UNIT = FIELD_SHIFT.map((s) => 2 ** s)

export function emptyPostings(): Postings {
  return { offsets: new Uint32Array(1), slots: new Uint32Array(0), tfs: new Uint32Array(0) }
}

/** Entries per pending chunk: a doc's terms always sit in one chunk, so chunks are never copied. */
const CHUNK = 1 << 20

/**
 * Documents tokenized but not yet merged into the postings, doc-major in fixed-size chunks: the
 * terms of pending doc k are chunks[chunkOf[k]].terms[starts[k] .. ends[k]). Chunks instead of one
 * doubling buffer: a 10,000-case build holds ~6M entries, and regrowing copied and zeroed ~250 MB.
 */
export class PendingDocs {
  slots: number[] = []
  chunkOf: number[] = []
  starts: number[] = []
  ends: number[] = []
  chunks: { terms: Uint32Array; tfs: Uint32Array }[] = []
  private fill = CHUNK
  private packed = new Uint32Array(1 << 12)
  private touched = new Uint32Array(1 << 12)
  private touchedCount = 0

  get length(): number {
    return this.slots.length
  }

  /** Counts one occurrence of `term` in the open doc; `unit` is FIELD_UNIT[field]. */
  count(term: number, unit: number): void {
    if (term >= this.packed.length) this.packed = grow(this.packed, term + 1)
    const cur = this.packed[term]
    if (cur === 0) {
      if (this.touchedCount === this.touched.length) this.touched = grow(this.touched, this.touchedCount + 1)
      this.touched[this.touchedCount++] = term
    }
    if (((cur / unit) & 255) !== 255) this.packed[term] = cur + unit
  }

  /** Closes the open doc under `slot`. */
  commit(slot: number): void {
    const n = this.touchedCount
    if (this.fill + n > CHUNK || this.chunks.length === 0) {
      const size = Math.max(CHUNK, n)
      this.chunks.push({ terms: new Uint32Array(size), tfs: new Uint32Array(size) })
      this.fill = 0
    }
    const { terms, tfs } = this.chunks[this.chunks.length - 1]
    const { touched, packed } = this
    let at = this.fill
    this.starts.push(at)
    for (let i = 0; i < n; i++) {
      const t = touched[i]
      terms[at] = t
      tfs[at++] = packed[t]
      packed[t] = 0
    }
    this.touchedCount = 0
    this.fill = at
    this.slots.push(slot)
    this.chunkOf.push(this.chunks.length - 1)
    this.ends.push(at)
  }

  clear(): void {
    this.slots = []
    this.chunkOf = []
    this.starts = []
    this.ends = []
    this.chunks = []
    this.fill = CHUNK
  }
}

/**
 * Merges pending documents and drops removed slots in one linear pass; `remap[oldSlot]` is the new
 * slot or -1. Pending slots are above every old slot and slots keep their order, so every posting
 * list stays sorted.
 */
export function mergePostings(old: Postings, pending: PendingDocs, remap: Int32Array, termCount: number): Postings {
  const oldTerms = old.offsets.length - 1
  const counts = new Uint32Array(termCount + 1)
  for (let t = 0; t < oldTerms; t++) {
    for (let p = old.offsets[t]; p < old.offsets[t + 1]; p++) if (remap[old.slots[p]] >= 0) counts[t]++
  }
  const { chunks, chunkOf, starts, ends } = pending
  for (let k = 0; k < pending.length; k++) {
    if (remap[pending.slots[k]] < 0) continue
    const terms = chunks[chunkOf[k]].terms
    for (let i = starts[k]; i < ends[k]; i++) counts[terms[i]]++
  }

  const offsets = new Uint32Array(termCount + 1)
  for (let t = 0; t < termCount; t++) offsets[t + 1] = offsets[t] + counts[t]
  const total = offsets[termCount]
  const slots = new Uint32Array(total)
  const tfs = new Uint32Array(total)
  const fill = counts
  fill.set(offsets.subarray(0, termCount))
  for (let t = 0; t < oldTerms; t++) {
    for (let p = old.offsets[t]; p < old.offsets[t + 1]; p++) {
      const s = remap[old.slots[p]]
      if (s < 0) continue
      const at = fill[t]++
      slots[at] = s
      tfs[at] = old.tfs[p]
    }
  }
  for (let k = 0; k < pending.length; k++) {
    const s = remap[pending.slots[k]]
    if (s < 0) continue
    const { terms, tfs: pendingTfs } = chunks[chunkOf[k]]
    for (let i = starts[k]; i < ends[k]; i++) {
      const at = fill[terms[i]]++
      slots[at] = s
      tfs[at] = pendingTfs[i]
    }
  }
  return { offsets, slots, tfs }
}

function grow(a: Uint32Array, min: number): Uint32Array<ArrayBuffer> {
  let size = a.length * 2
  while (size < min) size *= 2
  const b = new Uint32Array(size)
  b.set(a)
  return b
}
