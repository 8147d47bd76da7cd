import type { LocaleRules } from './types'

export interface Hit {
  index: number
  end: number
  cue: string
}

/** A normalised reply with its clause and sentence boundaries, so negation stays inside one clause. */
export class ReplyText {
  private readonly breaks: number[]

  constructor(
    readonly text: string,
    private readonly rules: LocaleRules
  ) {
    this.breaks = [...text.matchAll(rules.clauseBreak)].map((m) => (m.index ?? 0) + m[0].length)
  }

  /** Where the clause holding `index` starts, so a hit can be placed inside `clause(index)`. */
  clauseStart(index: number): number {
    let start = 0
    for (const b of this.breaks) if (b <= index) start = b
    return start
  }

  private clauseEnd(index: number): number {
    for (const b of this.breaks) if (b > index) return b
    return this.text.length
  }

  clause(index: number): string {
    return this.text.slice(this.clauseStart(index), this.clauseEnd(index))
  }

  sentence(index: number): string {
    const before = this.text.slice(0, index).search(/[^。！？.!?\n]*$/)
    const after = this.text.slice(index).search(/[。！？.!?\n]/)
    return this.text.slice(before, after < 0 ? this.text.length : index + after + 1).trim()
  }

  negated(hit: Hit): boolean {
    const prefix = this.text.slice(this.clauseStart(hit.index), hit.index)
    const rest = this.text.slice(hit.end, this.clauseEnd(hit.end))
    return this.rules.isNegated(prefix, rest)
  }

  hits(re: RegExp): Hit[] {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)
    return [...this.text.matchAll(global)].map((m) => ({ index: m.index ?? 0, end: (m.index ?? 0) + m[0].length, cue: m[0] }))
  }
}
