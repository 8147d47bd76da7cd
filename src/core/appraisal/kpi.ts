import { PRIORITIES, type Priority } from '../domain/enums'
import type { Settings } from '../settings/settings'
import type { Grade, KpiFigures, StaffKpi, StaffMember } from './types'

export type { KpiFigures } from './types'

// The appraisal formulas of DESIGN.md ("Appraisal formulas"), one implementation for the app, the CLI
// and every test. Rates are fractions 0–1; null means N/A (no data for that figure).

export type KpiSettings = Pick<Settings, 'sla'> & { appraisal: Pick<Settings['appraisal'], 'weights' | 'grades'> }

/** What a KPI needs from one ticket (the service feeds it straight from its compact columns). */
export interface KpiFact {
  staffId: string
  priority: Priority
  receivedMs: number
  responseMs: number | null
  resolved: boolean
  resolvedMs: number | null
  satisfaction: number | null
}

export interface TeamKpi extends KpiFigures {
  team: string
  staff: number
}

const HOUR = 3_600_000

/** Running sums; `addTicket` is the only place a ticket is judged. */
export class KpiAccumulator {
  tickets = 0
  onTime = 0
  resolved = 0
  rated = 0
  ratingSum = 0
  happy = 0
  responded = 0
  responseSum = 0
  cycles = 0
  cycleSum = 0

  add(f: KpiFact, sla: KpiSettings['sla']): void {
    this.addTicket(
      sla[f.priority].responseHours * HOUR,
      f.responseMs === null ? -1 : f.responseMs - f.receivedMs,
      f.resolved,
      f.resolvedMs === null ? -1 : f.resolvedMs - f.receivedMs,
      f.satisfaction ?? 0
    )
  }

  /**
   * `add` for a ticket as plain numbers, so a loop over stored columns builds no object per ticket.
   * `waitMs` / `cycleMs` < 0 mean no first response / no resolution time (the compact store keeps
   * them so); `satisfaction` 0 means unrated; `limitMs` is the response SLA of the ticket's priority.
   */
  addTicket(limitMs: number, waitMs: number, resolved: boolean, cycleMs: number, satisfaction: number): void {
    this.tickets++
    if (waitMs >= 0) {
      this.responded++
      this.responseSum += waitMs
      // Exactly at the SLA is on time; no first response at all is late.
      if (waitMs <= limitMs) this.onTime++
    }
    if (resolved) {
      this.resolved++
      if (cycleMs >= 0) {
        this.cycles++
        this.cycleSum += cycleMs
      }
    }
    if (satisfaction !== 0) {
      this.rated++
      this.ratingSum += satisfaction
      if (satisfaction >= 4) this.happy++
    }
  }

  merge(o: KpiAccumulator): void {
    this.tickets += o.tickets
    this.onTime += o.onTime
    this.resolved += o.resolved
    this.rated += o.rated
    this.ratingSum += o.ratingSum
    this.happy += o.happy
    this.responded += o.responded
    this.responseSum += o.responseSum
    this.cycles += o.cycles
    this.cycleSum += o.cycleSum
  }
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d)
const mean = (xs: readonly number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length)
/** Composites are compared and graded as shown (2 decimals), so equal-looking scores share a rank. */
export const round2 = (x: number) => Math.round(x * 100) / 100

/**
 * Weighted mean of the components that have data: a component with no data (N/A) drops out and its
 * weight is shared among the others in proportion to theirs. Null when no component has data.
 */
export function composite(parts: { value: number | null; weight: number }[]): number | null {
  let sum = 0
  let weights = 0
  for (const p of parts)
    if (p.value !== null && p.weight > 0) {
      sum += p.value * p.weight
      weights += p.weight
    }
  return weights === 0 ? null : round2(sum / weights)
}

export function gradeOf(score: number | null, bands: KpiSettings['appraisal']['grades']): Grade | null {
  if (score === null) return null
  return score >= bands.A ? 'A' : score >= bands.B ? 'B' : score >= bands.C ? 'C' : 'D'
}

/** Turns sums (and the training scores of the people concerned) into figures. */
export function figuresOf(acc: KpiAccumulator, training: readonly number[], settings: KpiSettings): KpiFigures {
  const timelinessRate = ratio(acc.onTime, acc.tickets)
  const resolutionRate = ratio(acc.resolved, acc.tickets)
  const satisfactionAvg = ratio(acc.ratingSum, acc.rated)
  const trainingScore = mean(training)
  const w = settings.appraisal.weights
  const score = composite([
    { value: timelinessRate === null ? null : timelinessRate * 100, weight: w.timeliness },
    { value: resolutionRate === null ? null : resolutionRate * 100, weight: w.resolution },
    { value: satisfactionAvg === null ? null : ((satisfactionAvg - 1) / 4) * 100, weight: w.satisfaction },
    { value: trainingScore, weight: w.training }
  ])
  const avgResponse = ratio(acc.responseSum, acc.responded)
  const avgCycle = ratio(acc.cycleSum, acc.cycles)
  return {
    tickets: acc.tickets,
    timelinessRate,
    resolutionRate,
    satisfactionAvg,
    csat: ratio(acc.happy, acc.rated),
    avgResponseHours: avgResponse === null ? null : avgResponse / HOUR,
    avgCycleHours: avgCycle === null ? null : avgCycle / HOUR,
    trainingScore,
    composite: score,
    grade: gradeOf(score, settings.appraisal.grades)
  }
}

/** Ranks by composite, highest first; equal composites share a rank and the next rank skips (1, 2, 2, 4). */
export function assignRanks<T extends { composite: number | null; rank: number | null }>(rows: T[]): T[] {
  const scored = rows.filter((r) => r.composite !== null).sort((a, b) => (b.composite as number) - (a.composite as number))
  scored.forEach((r, i) => {
    r.rank = i > 0 && scored[i - 1].composite === r.composite ? scored[i - 1].rank : i + 1
  })
  for (const r of rows) if (r.composite === null) r.rank = null
  return rows
}

/** Ranked order for display: by rank, unranked last, then by staff id. */
export function byRank(a: StaffKpi, b: StaffKpi): number {
  return (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.staffId.localeCompare(b.staffId)
}

export interface AppraisalInput {
  settings: KpiSettings
  roster: readonly StaffMember[]
  /** Training scores in the period (overall of each assessment session) by staff id. */
  training: ReadonlyMap<string, readonly number[]>
  /** Names seen in the records, for staff not on the roster. */
  names?: ReadonlyMap<string, string>
}

export interface Appraisal {
  staff: StaffKpi[]
  teams: TeamKpi[]
  overall: KpiFigures
}

/** Accumulates facts per staff member. Feed it every ticket received in the period. */
export class AppraisalBuilder {
  readonly perStaff = new Map<string, KpiAccumulator>()
  readonly names = new Map<string, string>()

  constructor(private readonly settings: KpiSettings) {}

  add(f: KpiFact, staffName?: string): void {
    this.accumulator(f.staffId).add(f, this.settings.sla)
    if (staffName) this.names.set(f.staffId, staffName)
  }

  /** The running sums of one staff member (a column loop looks it up once per staff, not per ticket). */
  accumulator(staffId: string): KpiAccumulator {
    let acc = this.perStaff.get(staffId)
    if (!acc) {
      acc = new KpiAccumulator()
      this.perStaff.set(staffId, acc)
    }
    return acc
  }

  /** The response SLA in ms of each priority, in `PRIORITIES` order: worked out once, not per ticket. */
  responseLimitsMs(): number[] {
    return PRIORITIES.map((p) => this.settings.sla[p].responseHours * HOUR)
  }

  /** Every staff member with tickets or on the active roster, ranked; then per team and overall. */
  finish(input: Omit<AppraisalInput, 'settings'>): Appraisal {
    const roster = new Map(input.roster.map((m) => [m.staffId, m]))
    const ids = new Set([...this.perStaff.keys(), ...input.roster.filter((m) => m.active).map((m) => m.staffId)])
    const staff: StaffKpi[] = []
    const teamAcc = new Map<string, { acc: KpiAccumulator; training: number[]; staff: number }>()
    const all = new KpiAccumulator()
    const allTraining: number[] = []
    for (const id of ids) {
      const acc = this.perStaff.get(id) ?? new KpiAccumulator()
      const training = input.training.get(id) ?? []
      const member = roster.get(id)
      const team = member?.team ?? ''
      const name = member?.name ?? this.names.get(id) ?? input.names?.get(id) ?? id
      staff.push({ staffId: id, staffName: name, team, ...figuresOf(acc, training, this.settings), rank: null })
      let t = teamAcc.get(team)
      if (!t) {
        t = { acc: new KpiAccumulator(), training: [], staff: 0 }
        teamAcc.set(team, t)
      }
      t.acc.merge(acc)
      t.training.push(...training)
      t.staff++
      all.merge(acc)
      allTraining.push(...training)
    }
    assignRanks(staff).sort(byRank)
    const teams = [...teamAcc]
      .map(([team, t]) => ({ team, staff: t.staff, ...figuresOf(t.acc, t.training, this.settings) }))
      .sort((a, b) => a.team.localeCompare(b.team))
    return { staff, teams, overall: figuresOf(all, allTraining, this.settings) }
  }
}

/** One call for a list of facts (tests, the CLI). */
export function appraise(facts: Iterable<KpiFact & { staffName?: string }>, input: AppraisalInput): Appraisal {
  const b = new AppraisalBuilder(input.settings)
  for (const f of facts) b.add(f, f.staffName)
  return b.finish(input)
}

export type KpiKey = 'timelinessRate' | 'resolutionRate' | 'satisfactionAvg' | 'csat' | 'avgResponseHours' | 'avgCycleHours' | 'trainingScore' | 'composite'
export const KPI_KEYS: readonly KpiKey[] = ['timelinessRate', 'resolutionRate', 'satisfactionAvg', 'csat', 'avgResponseHours', 'avgCycleHours', 'trainingScore', 'composite']
/** Change against the previous period per figure (current − previous); null when either side is N/A. */
export type KpiTrend = Record<KpiKey, number | null>

export function trendOf(current: Pick<KpiFigures, KpiKey>, previous: Pick<KpiFigures, KpiKey> | undefined): KpiTrend | null {
  if (!previous) return null
  const out = {} as KpiTrend
  for (const k of KPI_KEYS) {
    const c = current[k]
    const p = previous[k]
    out[k] = c === null || p === null ? null : c - p
  }
  return out
}

/** Mean overall score of each staff member's assessment sessions (sessions without a staff id are skipped). */
export function trainingByStaff(sessions: Iterable<{ staffId: string | null; overall: number; mode: string }>): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const s of sessions) {
    if (!s.staffId || s.mode !== 'assessment' || !Number.isFinite(s.overall)) continue
    const list = out.get(s.staffId)
    if (list) list.push(s.overall)
    else out.set(s.staffId, [s.overall])
  }
  return out
}
