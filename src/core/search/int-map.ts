/**
 * Open-addressing hash map from non-negative int32 keys to non-negative int32 values. Chinese
 * bigrams are looked up tens of millions of times while indexing 10,000 cases; a string-keyed Map
 * was the build's bottleneck.
 */
export class IntMap {
  private keys: Int32Array
  private values: Int32Array
  private mask: number
  private shift: number
  private count = 0

  constructor(capacity = 1 << 12) {
    let size = 16
    while (size < capacity * 2) size <<= 1
    this.keys = new Int32Array(size).fill(-1)
    this.values = new Int32Array(size)
    this.mask = size - 1
    this.shift = 32 - Math.log2(size)
  }

  get size(): number {
    return this.count
  }

  /** The value, or -1. */
  get(key: number): number {
    const { keys, mask } = this
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (;;) {
      const k = keys[i]
      if (k === key) return this.values[i]
      if (k === -1) return -1
      i = (i + 1) & mask
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow()
    const { keys, mask } = this
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift
    while (keys[i] !== -1 && keys[i] !== key) i = (i + 1) & mask
    if (keys[i] === -1) this.count++
    keys[i] = key
    this.values[i] = value
  }

  private grow(): void {
    const oldKeys = this.keys
    const oldValues = this.values
    this.keys = new Int32Array(oldKeys.length * 2).fill(-1)
    this.values = new Int32Array(oldKeys.length * 2)
    this.mask = this.keys.length - 1
    this.shift -= 1
    this.count = 0
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== -1) this.set(oldKeys[i], oldValues[i])
  }
}
