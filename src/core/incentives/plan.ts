import type { ComplaintRecord } from '../appraisal/types'
import type { Category, Locale, Priority } from '../domain/enums'
import type { StandardId } from '../standards/standards'
import { standardMeans, type StandardEvidence } from '../standards/means'

export type { StandardEvidence }

export interface WeakStandard {
  id: StandardId
  /** Mean score over the performances that exercised it. */
  mean: number
  /** How many performances exercised it. */
  count: number
}

/**
 * The standards a person does worst on: mean score below `below` over every performance that
 * exercised them, lowest first (more evidence first on a tie), at most `limit`.
 */
export function weakestStandards(evidence: readonly StandardEvidence[], opts: { below: number; limit: number }): WeakStandard[] {
  return standardMeans(evidence)
    .flatMap((m) => (m.mean === null || m.mean >= opts.below ? [] : [{ id: m.id, mean: m.mean, count: m.count }]))
    .sort((a, b) => a.mean - b.mean || b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, opts.limit)
}

export interface WeakCategory {
  category: Category
  tickets: number
  /** Tickets answered late, left unresolved or rated 1–2. */
  problems: number
  rate: number
}

export type ResponseSla = Record<Priority, { responseHours: number }>

/** Whether a record went wrong: late first response (none counts as late), unresolved, or rated 1–2. */
export function isProblemTicket(r: ComplaintRecord, sla: ResponseSla): boolean {
  if (r.status !== 'resolved') return true
  if (r.satisfaction !== null && r.satisfaction <= 2) return true
  if (r.firstResponseAt === null) return true
  const hours = (Date.parse(r.firstResponseAt) - Date.parse(r.receivedAt)) / 3_600_000
  return hours > sla[r.priority].responseHours
}

/** The categories where a person's tickets go wrong most often (rate, then count), at most `limit`. */
export function weakestCategories(records: readonly ComplaintRecord[], sla: ResponseSla, limit: number): WeakCategory[] {
  const by = new Map<Category, { tickets: number; problems: number }>()
  for (const r of records) {
    const t = by.get(r.category) ?? { tickets: 0, problems: 0 }
    t.tickets += 1
    if (isProblemTicket(r, sla)) t.problems += 1
    by.set(r.category, t)
  }
  return [...by]
    .filter(([, t]) => t.problems > 0)
    .map(([category, t]) => ({ category, ...t, rate: Math.round((t.problems / t.tickets) * 1000) / 1000 }))
    .sort((a, b) => b.rate - a.rate || b.problems - a.problems || a.category.localeCompare(b.category))
    .slice(0, limit)
}

/** What a suggestion needs to know of a published case. */
export interface CaseRef {
  id: string
  locale: Locale
  title: string
  category: Category
  standards: readonly StandardId[]
}

export interface TrainingSuggestion {
  caseId: string
  locale: Locale
  title: string
  category: Category
  /** The person's weak standards this case trains. */
  standards: StandardId[]
  /** Whether the case is in one of the person's weak categories. */
  categoryMatch: boolean
  /** Whether a role-play scenario exists for it (then it can be assigned as a scenario). */
  scenario: boolean
  score: number
}

/**
 * Picks published cases for a training plan. A case earns points for each weak standard it trains
 * (the weakest counts most) and for being in a weak category; cases earning nothing are left out.
 * One entry per case id, in the locale asked for when it exists, else its zh-CN original.
 */
export function suggestTraining(
  cases: readonly CaseRef[],
  weak: { standards: readonly StandardId[]; categories: readonly Category[] },
  opts: { locale: Locale; limit: number; hasScenario: (id: string, locale: Locale) => boolean }
): TrainingSuggestion[] {
  const pick = new Map<string, CaseRef>()
  for (const c of cases) {
    const had = pick.get(c.id)
    if (!had || (had.locale !== opts.locale && (c.locale === opts.locale || c.locale === 'zh-CN'))) pick.set(c.id, c)
  }
  const n = weak.standards.length
  const out: TrainingSuggestion[] = []
  for (const c of pick.values()) {
    const standards = weak.standards.filter((s) => c.standards.includes(s))
    // The weakest standard is worth n points, the next n-1, …; a weak category is worth 1.5.
    const stdPoints = standards.reduce((sum, s) => sum + (n - weak.standards.indexOf(s)), 0)
    const categoryMatch = weak.categories.includes(c.category)
    const score = stdPoints + (categoryMatch ? 1.5 : 0)
    if (score <= 0) continue
    out.push({ caseId: c.id, locale: c.locale, title: c.title, category: c.category, standards, categoryMatch, scenario: opts.hasScenario(c.id, c.locale), score })
  }
  return out.sort((a, b) => b.score - a.score || Number(b.scenario) - Number(a.scenario) || a.caseId.localeCompare(b.caseId)).slice(0, opts.limit)
}
