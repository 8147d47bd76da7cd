import type { Remedy } from '../../domain/enums'
import type { StandardId } from '../../standards/standards'
import { promiseKind } from './promise-kind'
import { ReplyText, type Hit } from './reply-text'
import { RULES } from './rules'
import type { Evidence, ReplyAnalysis, ReplyLocale, TimePromise } from './types'

export type { Evidence, PromiseKind, ReplyAnalysis, ReplyLocale, TimePromise } from './types'

/**
 * Scores one free-text reply against the service standards with cue phrases, a negation window and
 * a few consistency rules (an apology next to blame is not sincere; politeness counts only without
 * rudeness). Deterministic; no model behind it.
 */
export function analyzeReply(text: string, locale: ReplyLocale): ReplyAnalysis {
  const rules = RULES[locale]
  const reply = new ReplyText(rules.normalize(text), rules)
  const evidence: Evidence[] = []
  const add = (standard: StandardId, kind: Evidence['kind'], hit: Hit): void => {
    if (evidence.some((e) => e.standard === standard && e.kind === kind)) return
    evidence.push({ standard, kind, text: reply.sentence(hit.index), cue: hit.cue })
  }

  for (const cue of rules.cues) {
    for (const hit of reply.hits(cue.re)) {
      if (cue.negatable !== false && reply.negated(hit)) continue
      add(cue.standard, cue.kind, hit)
    }
  }

  const remedies: Remedy[] = []
  for (const rc of rules.remedyCues) {
    const hit = reply.hits(rc.re).find((h) => !reply.negated(h))
    if (!hit) continue
    remedies.push(rc.remedy)
    add('resolve', 'credit', hit)
  }

  const promises: TimePromise[] = []
  for (const tc of rules.timeCues) {
    for (const hit of reply.hits(tc.re)) {
      const clause = reply.clause(hit.index)
      if (tc.needsCommitment && !rules.commitment.test(clause)) continue
      if (reply.negated(hit)) continue
      const m = new RegExp(tc.re.source, tc.re.flags.replace('g', '')).exec(hit.cue)
      const hours = m ? tc.hours(m) : null
      if (hours === null || hours <= 0) continue
      add('commit-time', 'credit', hit)
      const at = hit.index - reply.clauseStart(hit.index)
      promises.push({ hours, kind: promiseKind(clause, at, at + hit.cue.length, rules), cue: hit.cue })
    }
  }
  const promisedHours = promises.length > 0 ? Math.min(...promises.map((p) => p.hours)) : undefined
  // "我们不会尽快处理" is not a vague promise either, so a negated one does not count.
  const vagueTime = reply.hits(rules.vagueTime).find((h) => !reply.negated(h))?.cue

  const final = applyConsistency(evidence)
  const credits = unique(final.filter((e) => e.kind === 'credit').map((e) => e.standard))
  const violations = unique(final.filter((e) => e.kind === 'violation').map((e) => e.standard))
  return {
    credits,
    violations,
    promisedHours,
    promises,
    ...(vagueTime !== undefined ? { vagueTime } : {}),
    remedies: credits.includes('resolve') ? remedies : [],
    evidence: final
  }
}

/**
 * The first of `phrases` (already expanded alternatives) found in `text` and not negated there, as
 * written in the reply; used by the scripts' own rubrics so "我们不会退款" does not match "退款".
 */
export function findPhrase(text: string, locale: ReplyLocale, phrases: readonly string[]): string | undefined {
  const rules = RULES[locale]
  const reply = new ReplyText(rules.normalize(text), rules)
  for (const phrase of phrases) {
    const needle = rules.normalize(phrase)
    if (!needle) continue
    const re = new RegExp(locale === 'en' ? `(?<![a-z0-9])${escape(needle)}` : escape(needle))
    const hit = reply.hits(re).find((h) => !reply.negated(h))
    if (hit) return hit.cue
  }
  return undefined
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function applyConsistency(evidence: Evidence[]): Evidence[] {
  const violated = new Set(evidence.filter((e) => e.kind === 'violation').map((e) => e.standard))
  const drop = new Set<StandardId>()
  // An apology in the same breath as blame or rudeness is not a sincere one ("sorry, but you must have…").
  if (violated.has('no-blame') || violated.has('language')) drop.add('apologize')
  if (violated.has('language')) drop.add('empathize')
  // Politeness is credited only when nothing in the reply is rude, blaming or cutting the customer off.
  if (violated.has('language') || violated.has('no-blame') || violated.has('listen')) drop.add('language')
  // Reading out someone else's number is not taking the customer's details.
  if (violated.has('privacy')) drop.add('record')
  return evidence.filter((e) => {
    if (e.kind === 'violation') return true
    return !drop.has(e.standard) && !violated.has(e.standard)
  })
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)]
}
