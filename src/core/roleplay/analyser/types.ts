import type { Remedy } from '../../domain/enums'
import type { StandardId } from '../../standards/standards'

export type ReplyLocale = 'zh-CN' | 'en'

export interface Evidence {
  standard: StandardId
  kind: 'credit' | 'violation'
  /** The sentence of the reply the cue was found in. */
  text: string
  /** The words that triggered it. */
  cue: string
}

export interface ReplyAnalysis {
  credits: StandardId[]
  violations: StandardId[]
  /** The earliest concrete time the reply commits to, in hours (the minimum of `promises`). */
  promisedHours?: number
  /** Every concrete time the reply commits to, each with what is promised by then. */
  promises: TimePromise[]
  /**
   * A vague time ("尽快", "as soon as possible") the reply offers, as written; it is no commitment, so it
   * never credits `commit-time`. Set whether or not a concrete time is also given.
   */
  vagueTime?: string
  remedies: Remedy[]
  evidence: Evidence[]
}

/**
 * What a promised time is for: hearing back from us (call back, reply: the first-response SLA) or the
 * outcome itself (resolved, refund arrived, delivered: the resolution SLA).
 */
export type PromiseKind = 'response' | 'resolution'

export interface TimePromise {
  hours: number
  kind: PromiseKind
  /** The time words as written in the (normalised) reply. */
  cue: string
}

/** A phrase that credits or violates a standard. */
export interface Cue {
  standard: StandardId
  kind: 'credit' | 'violation'
  re: RegExp
  /**
   * false when the cue carries its own negation ("不是我们的问题", "not our fault", "别担心") and must not
   * be cancelled by a negator in front of it.
   */
  negatable?: boolean
}

export interface RemedyCue {
  remedy: Remedy
  re: RegExp
}

/** A time expression: `hours` from the match, or null when the match is vague. */
export interface TimeCue {
  re: RegExp
  hours: (m: RegExpExecArray) => number | null
  /** The clause must also contain one of these for the time to be a promise (not "arrived yesterday"). */
  needsCommitment?: boolean
}

export interface LocaleRules {
  cues: Cue[]
  remedyCues: RemedyCue[]
  timeCues: TimeCue[]
  /** Words in the same clause that make a time a promise. */
  commitment: RegExp
  /** Words that make a promised time a call-back / reply promise. */
  responseWords: RegExp
  /** Words that make a promised time a promise of the outcome. */
  resolutionWords: RegExp
  /** A vague time that commits to nothing ("尽快", "shortly"). */
  vagueTime: RegExp
  normalize: (text: string) => string
  /** Splits into clauses; negation never reaches across a clause. */
  clauseBreak: RegExp
  isNegated: (clausePrefix: string, clauseRest: string) => boolean
}
