import {
  AppraisalBuilder,
  formatInZone,
  isValidPeriod,
  periodInstants,
  previousPeriod,
  recordList,
  trainingByStaff,
  trendOf,
  validateRecord,
  type Appraisal,
  type ComplaintRecord,
  type KpiFigures,
  type KpiSettings,
  type KpiTrend,
  type PeriodRange,
  type RecordList,
  type RecordField,
  type StaffKpi,
  type StaffMember
} from '@core/appraisal'
import type { RoleplayService } from '../roleplay'
import type { BaseServices } from '../base'
import { ApiError, invalid, notFound } from '../../api/errors'
import type { AppraisalService } from '.'
import { ImportJobs } from './jobs'
import { staffDetail, type StaffDetail } from './staff-detail'
import { RecordRepo } from './records'
import { Roster } from './roster'

export type TrainingSource = Pick<RoleplayService, 'finishedSessions'>
export type StaffRow = StaffKpi & { trend: KpiTrend | null }

export interface PeriodView {
  range: PeriodRange
  previous: PeriodRange
  staff: StaffRow[]
  teams: Appraisal['teams']
  overall: KpiFigures
}

/** The appraisal module's full service: the shared read methods plus what the manager's screens use. */
export class Appraisals implements AppraisalService {
  readonly jobs = new ImportJobs()

  constructor(
    private readonly base: BaseServices,
    readonly repo: RecordRepo,
    readonly staff: Roster,
    readonly training: TrainingSource | null
  ) {}

  get zone(): string {
    return this.base.settings.settings.timeZone
  }

  get sla(): KpiSettings['sla'] {
    return this.base.settings.settings.sla
  }

  private get kpiSettings(): KpiSettings {
    const s = this.base.settings.settings
    return { sla: s.sla, appraisal: s.appraisal }
  }

  private instants(range: PeriodRange): { start: number; end: number } {
    if (!isValidPeriod(range)) throw invalid(`not a period: ${range.from} – ${range.to}`)
    return periodInstants(range, this.zone)
  }

  async roster(): Promise<StaffMember[]> {
    return this.staff.list()
  }

  /** Computes a period for everybody (or only the staff ids `only` holds, for a staff page). */
  async appraise(range: PeriodRange, only?: string): Promise<Appraisal> {
    const { start, end } = this.instants(range)
    const b = new AppraisalBuilder(this.kpiSettings)
    await this.repo.tally(start, end, b, only)
    const sessions = this.training ? await this.training.finishedSessions({ from: new Date(start).toISOString(), to: new Date(end).toISOString(), mode: 'assessment' }) : []
    const roster = this.staff.list().filter((m) => only === undefined || m.staffId === only)
    return b.finish({ roster, training: trainingByStaff(sessions) })
  }

  /** Ranks are company-wide; a team filter only narrows the rows shown. */
  async period(range: PeriodRange, team?: string): Promise<PeriodView> {
    const previous = previousPeriod(range)
    const [cur, prev] = await Promise.all([this.appraise(range), this.appraise(previous)])
    const before = new Map(prev.staff.map((r) => [r.staffId, r]))
    const staff = cur.staff.filter((r) => team === undefined || r.team === team).map((r) => ({ ...r, trend: trendOf(r, before.get(r.staffId)) }))
    return { range, previous, staff, teams: cur.teams, overall: cur.overall }
  }

  async periodTable(range: PeriodRange & { team?: string }): Promise<StaffKpi[]> {
    const a = await this.appraise(range)
    return range.team === undefined ? a.staff : a.staff.filter((r) => r.team === range.team)
  }

  async records(range: PeriodRange & { team?: string; staffId?: string }): Promise<ComplaintRecord[]> {
    const { start, end } = this.instants(range)
    const team = range.team === undefined ? null : new Set(this.staff.list().filter((m) => m.team === range.team).map((m) => m.staffId))
    return this.repo.records(start, end, (m, i) => {
      const id = m.dict[m.s[i]]
      return (range.staffId === undefined || id === range.staffId) && (team === null || team.has(id))
    })
  }

  tickets(ids: readonly string[]): Promise<ComplaintRecord[]> {
    return this.repo.tickets(ids)
  }

  /** One staff member's page for a period. */
  staffDetail(staffId: string, range: PeriodRange): Promise<StaffDetail> {
    return staffDetail(this, staffId, range)
  }

  /** The month of the newest record (the dashboard opens on it), or null with no records. */
  async latestMonth(): Promise<string | null> {
    const months = await this.repo.months()
    return months.length === 0 ? null : months[months.length - 1]
  }

  /** One record from the form, with the same validation as an import. */
  async saveRecord(values: Partial<Record<RecordField, string>>, mode: 'create' | 'update'): Promise<{ before: ComplaintRecord | null; after: ComplaintRecord }> {
    const v = validateRecord(values, { zone: this.zone, roster: this.staff.ids() })
    if (!v.ok) throw invalid(v.reasons.join('; '), v.reasons.map((message) => ({ path: fieldOf(message), message })))
    const [before] = await this.repo.tickets([v.record.ticketId])
    if (mode === 'create' && before) throw new ApiError('conflict', `ticket ${v.record.ticketId} already exists`)
    if (mode === 'update' && !before) throw notFound(`ticket ${v.record.ticketId}`)
    await this.repo.upsert([v.record])
    return { before: before ?? null, after: v.record }
  }

  /** A stored record as the form shows it: wall-clock times in the configured zone. */
  formValues(r: ComplaintRecord): Record<RecordField, string> {
    const t = (iso: string | null) => (iso === null ? '' : formatInZone(Date.parse(iso), this.zone))
    return {
      ticket_id: r.ticketId,
      staff_id: r.staffId,
      staff_name: r.staffName,
      channel: r.channel,
      category: r.category,
      priority: r.priority,
      received_at: t(r.receivedAt),
      first_response_at: t(r.firstResponseAt),
      resolved_at: t(r.resolvedAt),
      status: r.status,
      satisfaction: r.satisfaction === null ? '' : String(r.satisfaction),
      root_cause: r.rootCause ?? ''
    }
  }

  /** Writes imported rows; staff not yet on an empty roster are added so the roster page is not empty. */
  async importRecords(records: readonly ComplaintRecord[] | RecordList, progress: (f: number) => void): Promise<{ inserted: number; updated: number; staffAdded: number }> {
    const list = recordList(records)
    const known = this.staff.ids()
    const added = new Map<string, StaffMember>()
    for (let i = 0; i < list.length; i++) {
      const id = list.staffIdAt(i)
      if (!known.has(id) && !added.has(id)) added.set(id, { staffId: id, name: list.staffNameAt(i) || id, team: '', hireDate: null, active: true })
    }
    if (added.size > 0) await this.staff.save([...added.values()])
    const result = await this.repo.upsert(list, progress)
    return { ...result, staffAdded: added.size }
  }
}

function fieldOf(reason: string): string {
  // The one reason that names a value rather than its column.
  if (/^staff .* is not on the roster$/.test(reason)) return 'staff_id'
  const m = /\b(ticket_id|staff_id|staff_name|channel|category|priority|received_at|first_response_at|resolved_at|status|satisfaction|root_cause)\b/.exec(reason)
  return m ? m[1] : ''
}

export async function openAppraisals(base: BaseServices, training: TrainingSource | null): Promise<Appraisals> {
  return new Appraisals(base, new RecordRepo(base.data), await Roster.open(base.data), training)
}
