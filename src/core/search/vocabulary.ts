import { IntMap } from './int-map'

/** Dense index of a CJK character (the ranges kindOf calls CJK), or -1. */
export function cjkIndex(c: number): number {
  if (c >= 0x3000 && c <= 0x9fff) return c - 0x3000
  if (c >= 0xac00 && c <= 0xd7af) return 0x7000 + c - 0xac00
  if (c >= 0xf900 && c <= 0xfaff) return 0x9bb0 + c - 0xf900
  return -1
}
const CJK_SPAN = 0x9db0

/**
 * Term ↔ dense integer id; ids index the postings arrays. Chinese unigrams and bigrams are keyed
 * by character codes (a table and an int hash map) so indexing never builds a string per token.
 */
export class Vocabulary {
  readonly terms: string[] = []
  private readonly words = new Map<string, number>()
  private readonly unigrams = new Int32Array(CJK_SPAN).fill(-1)
  private readonly bigrams = new IntMap()

  static from(terms: readonly string[]): Vocabulary {
    const v = new Vocabulary()
    for (const t of terms) v.intern(t)
    if (v.size !== terms.length) throw new Error('search index: duplicate terms in the vocabulary')
    return v
  }

  get size(): number {
    return this.terms.length
  }

  get(term: string): number | undefined {
    const id = this.lookup(term, false)
    return id < 0 ? undefined : id
  }

  intern(term: string): number {
    return this.lookup(term, true)
  }

  internWord(word: string): number {
    let id = this.words.get(word)
    if (id === undefined) {
      id = this.terms.length
      this.words.set(word, id)
      this.terms.push(word)
    }
    return id
  }

  /** `i` is cjkIndex(code). */
  internUnigram(i: number, code: number): number {
    let id = this.unigrams[i]
    if (id < 0) {
      id = this.terms.length
      this.unigrams[i] = id
      this.terms.push(String.fromCharCode(code))
    }
    return id
  }

  internBigram(i1: number, i2: number, c1: number, c2: number): number {
    const key = i1 * CJK_SPAN + i2
    let id = this.bigrams.get(key)
    if (id < 0) {
      id = this.terms.length
      this.bigrams.set(key, id)
      this.terms.push(String.fromCharCode(c1, c2))
    }
    return id
  }

  private lookup(term: string, create: boolean): number {
    const c1 = term.charCodeAt(0)
    const i1 = cjkIndex(c1)
    if (term.length === 1 && i1 >= 0) {
      return create ? this.internUnigram(i1, c1) : this.unigrams[i1]
    }
    if (term.length === 2 && i1 >= 0) {
      const c2 = term.charCodeAt(1)
      const i2 = cjkIndex(c2)
      if (i2 >= 0) return create ? this.internBigram(i1, i2, c1, c2) : this.bigrams.get(i1 * CJK_SPAN + i2)
    }
    if (create) return this.internWord(term)
    return this.words.get(term) ?? -1
  }
}
