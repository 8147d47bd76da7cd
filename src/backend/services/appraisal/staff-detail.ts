import { factOf, periodInstants, periodsEndingWith, type ComplaintRecord, type KpiFigures, type PeriodRange, type StaffMember } from '@core/appraisal'
import type { Category, Channel, Priority } from '@core/domain/enums'
import type { FinishedSession } from '../roleplay'
import { standardMeans, type StandardMean } from '@core/standards/means'
import { notFound } from '../../api/errors'
import type { Appraisals, StaffRow, TrainingSource } from './service'

export interface ProblemTicket extends ComplaintRecord {
  lateResponse: boolean
  lateResolution: boolean
}

/** One finished role-play session of the staff member in the period. */
export type StaffSession = Pick<FinishedSession, 'sessionId' | 'caseId' | 'title' | 'locale' | 'mode' | 'finishedAt' | 'overall' | 'passed'>

export interface StaffRoleplay {
  /** Newest first, at most MAX_SESSIONS. */
  sessions: StaffSession[]
  sessionsTotal: number
  /** Per-standard means over assessment sessions (these feed the training score) and over practice. */
  assessment: StandardMean[]
  practice: StandardMean[]
}

export interface StaffDetail {
  member: StaffMember | null
  row: StaffRow | null
  history: { range: PeriodRange; figures: KpiFigures }[]
  byCategory: Partial<Record<Category, number>>
  byChannel: Partial<Record<Channel, number>>
  problems: ProblemTicket[]
  problemsTotal: number
  roleplay: StaffRoleplay
}

const HOUR = 3_600_000
const MAX_PROBLEMS = 500
const MAX_SESSIONS = 100

type Sla = Record<Priority, { responseHours: number; resolutionHours: number }>

/** Late first response (none counts as late), late resolution, or unresolved: what the staff page lists. */
export function problemOf(r: ComplaintRecord, sla: Sla): ProblemTicket | null {
  const f = factOf(r)
  const lateResponse = f.responseMs === null || f.responseMs - f.receivedMs > sla[r.priority].responseHours * HOUR
  const lateResolution = f.resolvedMs !== null && f.resolvedMs - f.receivedMs > sla[r.priority].resolutionHours * HOUR
  return lateResponse || lateResolution || r.status === 'unresolved' ? { ...r, lateResponse, lateResolution } : null
}

/** The role-play sessions the staff member finished in the period (linked by the account's staff id). */
export async function staffRoleplay(training: TrainingSource | null, staffId: string, range: PeriodRange, zone: string): Promise<StaffRoleplay> {
  if (!training) return { sessions: [], sessionsTotal: 0, assessment: standardMeans([]), practice: standardMeans([]) }
  const { start, end } = periodInstants(range, zone)
  const mine = (await training.finishedSessions({ from: new Date(start).toISOString(), to: new Date(end).toISOString() }))
    .filter((s) => s.staffId === staffId)
    .sort((a, b) => b.finishedAt.localeCompare(a.finishedAt))
  return {
    sessions: mine.slice(0, MAX_SESSIONS).map(({ sessionId, caseId, title, locale, mode, finishedAt, overall, passed }) => ({ sessionId, caseId, title, locale, mode, finishedAt, overall, passed })),
    sessionsTotal: mine.length,
    assessment: standardMeans(mine.filter((s) => s.mode === 'assessment').map((s) => s.standards)),
    practice: standardMeans(mine.filter((s) => s.mode === 'practice').map((s) => s.standards))
  }
}

/** Everything one staff member's page shows for a period. */
export async function staffDetail(a: Appraisals, staffId: string, range: PeriodRange): Promise<StaffDetail> {
  const view = await a.period(range)
  const row = view.staff.find((r) => r.staffId === staffId) ?? null
  const member = a.staff.get(staffId) ?? null
  if (!row && !member) throw notFound(`staff ${staffId}`)
  const history = []
  for (const p of periodsEndingWith(range, 6)) {
    const ap = await a.appraise(p, staffId)
    const mine = ap.staff.find((r) => r.staffId === staffId)
    history.push({ range: p, figures: mine ?? ap.overall })
  }
  const byCategory: StaffDetail['byCategory'] = {}
  const byChannel: StaffDetail['byChannel'] = {}
  const problems: ProblemTicket[] = []
  for (const r of await a.records({ ...range, staffId })) {
    byCategory[r.category] = (byCategory[r.category] ?? 0) + 1
    byChannel[r.channel] = (byChannel[r.channel] ?? 0) + 1
    const p = problemOf(r, a.sla)
    if (p) problems.push(p)
  }
  problems.sort((x, y) => x.receivedAt.localeCompare(y.receivedAt))
  const roleplay = await staffRoleplay(a.training, staffId, range, a.zone)
  return { member, row, history, byCategory, byChannel, problems: problems.slice(0, MAX_PROBLEMS), problemsTotal: problems.length, roleplay }
}
