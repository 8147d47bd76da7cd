import { CJK, kindOf, WORD } from './text'
import type { Vocabulary } from './vocabulary'

/**
 * Typo and prefix candidates over the English part of the vocabulary. Built on first use and
 * extended as the vocabulary grows, so index builds do not pay for it.
 */
export class FuzzyLookup {
  private deletions = new Map<string, number[]>()
  private sorted: number[] = []
  private covered = 0
  private sortedCovered = 0
  private byChar = new Map<string, number[]>()
  private bigramsCovered = 0

  constructor(private readonly vocab: Vocabulary) {}

  /** Term ids within one edit (insert, delete, substitute, swap of neighbours) of `word`. */
  typos(word: string): number[] {
    this.extendDeletions()
    const found = new Set<number>()
    for (const key of [word, ...deletes(word)]) {
      for (const id of this.deletions.get(key) ?? []) {
        const t = this.vocab.terms[id]
        if (t !== word && withinOneEdit(word, t)) found.add(id)
      }
    }
    return [...found]
  }

  /** English term ids starting with `prefix`, the most widely used first, at most `limit`. */
  prefixed(prefix: string, limit: number, df: (id: number) => number): number[] {
    this.extendSorted()
    const terms = this.vocab.terms
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (terms[this.sorted[mid]] < prefix) lo = mid + 1
      else hi = mid
    }
    const out: number[] = []
    for (let i = lo; i < this.sorted.length && terms[this.sorted[i]].startsWith(prefix); i++) out.push(this.sorted[i])
    if (out.length <= limit) return out
    return out.sort((a, b) => df(b) - df(a)).slice(0, limit)
  }

  /** Chinese bigram term ids containing `ch`, the most widely used first, at most `limit`. */
  bigramsWith(ch: string, limit: number, df: (id: number) => number): number[] {
    const terms = this.vocab.terms
    for (; this.bigramsCovered < terms.length; this.bigramsCovered++) {
      const t = terms[this.bigramsCovered]
      if (t.length !== 2 || kindOf(t.charCodeAt(0)) !== CJK || kindOf(t.charCodeAt(1)) !== CJK) continue
      for (const c of t[0] === t[1] ? [t[0]] : [t[0], t[1]]) {
        const list = this.byChar.get(c)
        if (list) list.push(this.bigramsCovered)
        else this.byChar.set(c, [this.bigramsCovered])
      }
    }
    const all = this.byChar.get(ch) ?? []
    return all.length <= limit ? all : [...all].sort((a, b) => df(b) - df(a)).slice(0, limit)
  }

  private extendDeletions(): void {
    const terms = this.vocab.terms
    for (; this.covered < terms.length; this.covered++) {
      const t = terms[this.covered]
      if (t.length < 3 || kindOf(t.charCodeAt(0)) !== WORD) continue
      for (const key of [t, ...deletes(t)]) {
        const list = this.deletions.get(key)
        if (list) list.push(this.covered)
        else this.deletions.set(key, [this.covered])
      }
    }
  }

  private extendSorted(): void {
    const terms = this.vocab.terms
    if (this.sortedCovered === terms.length) return
    for (; this.sortedCovered < terms.length; this.sortedCovered++) {
      if (kindOf(terms[this.sortedCovered].charCodeAt(0)) === WORD) this.sorted.push(this.sortedCovered)
    }
    this.sorted.sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0))
  }
}

function deletes(w: string): string[] {
  const out: string[] = []
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1))
  return out
}

/** Damerau distance ≤ 1, without building a matrix. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true
  const la = a.length
  const lb = b.length
  if (Math.abs(la - lb) > 1) return false
  let i = 0
  while (i < la && i < lb && a[i] === b[i]) i++
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
