/**
 * Open-addressing hash map from non-negative int32 keys to non-negative int32 values. Chinese
 * bigrams are looked up tens of millions of times while indexing 10,000 cases; a string-keyed Map
 * was the build's bottleneck. Key and value sit side by side so a lookup touches one cache line.
 */
export class IntMap {
  private table: Int32Array
  private mask: number
  private shift: number
  private count = 0

  constructor(capacity = 1 << 12) {
    let size = 16
    while (size < capacity * 2) size <<= 1
    this.table = new Int32Array(size * 2).fill(-1)
    this.mask = size - 1
    this.shift = 32 - Math.log2(size)
  }

  get size(): number {
    return this.count
  }

  /** The value, or -1. */
  get(key: number): number {
    const { table, mask } = this
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = table[i << 1]
      if (k === key) return table[(i << 1) | 1]
      if (k === -1) return -1
      i = (i + 1) & mask
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 4 > this.table.length) this.grow()
    const { table, mask } = this
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift
    while (table[i << 1] !== -1 && table[i << 1] !== key) i = (i + 1) & mask
    if (table[i << 1] === -1) this.count++
    table[i << 1] = key
    table[(i << 1) | 1] = value
  }

  private grow(): void {
    const old = this.table
    this.table = new Int32Array(old.length * 2).fill(-1)
    this.mask = this.table.length / 2 - 1
    this.shift -= 1
    this.count = 0
    for (let i = 0; i < old.length; i += 2) if (old[i] !== -1) this.set(old[i], old[i + 1])
  }
}
