/** mulberry32: a tiny seeded PRNG, so every run generates byte-identical data from the same seed. */
export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  int(n: number): number {
    return Math.floor(this.next() * n)
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  /** k distinct indexes below n (k ≤ n), in random order. */
  sample(n: number, k: number, exclude?: ReadonlySet<number>): number[] {
    const out = new Set<number>()
    while (out.size < k) {
      const i = this.int(n)
      if (!exclude?.has(i)) out.add(i)
    }
    return [...out]
  }
}
