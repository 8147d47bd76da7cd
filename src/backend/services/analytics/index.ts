import { randomUUID } from 'node:crypto'
import type { OverviewOut, ReportOut, ReportSummaryOut } from '@core/api/channels/analytics'
import type { ParsedInputOf } from '@core/api/contract'
import { bucketByPeriod, buildReport, draftCaseFromRecords, FLAG_RULE, overview, periodsEndingAt, type PeriodUnit, type ReportContent } from '@core/analytics'
import type { Locale } from '@core/domain/enums'
import { ApiError, notFound } from '../../api/errors'
import type { CallerUser } from '../../api/types'
import type { AppraisalService } from '../appraisal'
import type { BaseServices } from '../base'
import type { CaseLibraryService } from '../cases'
import { openReportStores, type ReportIndexEntry, type ReportStores } from './store'

/** What analytics needs from the other modules: appraisal's records and roster, and the case library's create (drafts). */
export interface AnalyticsDeps {
  appraisal: AppraisalService
  cases: Pick<CaseLibraryService, 'create' | 'library'>
}

export interface PeriodQuery {
  unit: PeriodUnit
  at: string
  count: number
  team?: string
}

/** The analytics module's backend service: figures over appraisal's records, saved reports, drafts of cases. */
export class AnalyticsService {
  constructor(
    private readonly base: BaseServices,
    private readonly deps: AnalyticsDeps,
    private readonly stores: ReportStores
  ) {}

  private get settings() {
    return this.base.settings.settings
  }

  async teams(): Promise<string[]> {
    const roster = await this.deps.appraisal.roster()
    return [...new Set(roster.map((s) => s.team).filter((t) => t.length > 0))].sort((a, b) => a.localeCompare(b, 'zh-CN'))
  }

  /** Reads the records of all the periods once (appraisal cuts by calendar day in the same time zone). */
  private async load(q: PeriodQuery) {
    const periods = periodsEndingAt(q.unit, q.at, q.count)
    const records = await this.deps.appraisal.records({ from: periods[0].from, to: periods[periods.length - 1].to, ...(q.team ? { team: q.team } : {}) })
    const { sla, timeZone } = this.settings
    return { periods, records, o: overview(records, periods, sla, timeZone) }
  }

  async overview(q: PeriodQuery): Promise<OverviewOut> {
    const { o } = await this.load(q)
    return { ...o, timeZone: this.settings.timeZone, rule: { ...FLAG_RULE } }
  }

  async generate(q: PeriodQuery & { locale: Locale }): Promise<ReportContent> {
    const { o, records, periods } = await this.load(q)
    const period = periods[periods.length - 1]
    const [current] = bucketByPeriod(records, [period], this.settings.timeZone)
    const staffTable = await this.deps.appraisal.periodTable({ from: period.from, to: period.to, ...(q.team ? { team: q.team } : {}) })
    return buildReport({
      overview: o,
      records: current,
      staffTable,
      unit: q.unit,
      team: q.team ?? null,
      locale: q.locale,
      timeZone: this.settings.timeZone,
      topN: this.settings.appraisal.recognitionTopN,
      now: new Date().toISOString()
    })
  }

  async save(input: ParsedInputOf<'analytics.report.save'>, user: CallerUser): Promise<ReportOut> {
    const content = { ...(await this.generate(input)), suggestions: input.suggestions }
    if (input.title) content.title = input.title
    const now = new Date().toISOString()
    const entry: ReportIndexEntry = {
      id: randomUUID(),
      version: 1,
      createdAt: now,
      createdById: user.id,
      createdByName: user.displayName,
      updatedAt: now,
      updatedById: user.id,
      updatedByName: user.displayName,
      title: content.title,
      period: content.period,
      unit: content.unit,
      team: content.team,
      locale: content.locale
    }
    await this.write(entry, content)
    await this.base.audit.record(user, 'analytics.report.save', `report:${entry.id}`, { after: { title: content.title, period: content.period, team: content.team } })
    return withMeta(content, entry)
  }

  async update(input: ParsedInputOf<'analytics.report.update'>, user: CallerUser): Promise<ReportOut> {
    const { entry, content } = await this.read(input.id)
    if (entry.version !== input.baseVersion)
      throw new ApiError('conflict', `${entry.updatedByName} saved a newer version (${entry.version}) since you opened it; reload to see it`)
    const next = { ...content, title: input.title, suggestions: input.suggestions }
    const nextEntry = { ...entry, version: entry.version + 1, title: input.title, updatedAt: new Date().toISOString(), updatedById: user.id, updatedByName: user.displayName }
    await this.write(nextEntry, next)
    await this.base.audit.record(user, 'analytics.report.update', `report:${entry.id}`, {
      before: { title: content.title, suggestions: content.suggestions },
      after: { title: next.title, suggestions: next.suggestions }
    })
    return withMeta(next, nextEntry)
  }

  list(): ReportSummaryOut[] {
    return [...this.stores.index.data.reports].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map(summaryOf)
  }

  async get(id: string): Promise<ReportOut> {
    const { entry, content } = await this.read(id)
    return withMeta(content, entry)
  }

  /** A draft case from tickets through the case library's own create, so it enters the normal review workflow. */
  async draftCase(ticketIds: readonly string[], locale: Locale, user: CallerUser) {
    const records = await this.deps.appraisal.tickets([...new Set(ticketIds)])
    if (records.length === 0) throw notFound(`tickets ${ticketIds.slice(0, 3).join(', ')}`)
    const { sla, timeZone } = this.settings
    const day = new Date().toISOString().slice(0, 10).replace(/-/g, '')
    const stem = `from-tickets-${records[0].category}-${day}`
    let id = stem
    for (let n = 2; this.deps.cases.library.sourceOfId(id); n++) id = `${stem}-${n}`
    const draft = draftCaseFromRecords(records, sla, timeZone, locale, id)
    const entry = await this.deps.cases.create(draft, user)
    await this.base.audit.record(user, 'analytics.draftCase', `case:${locale}/${id}`, { note: `from ${records.length} ticket(s)` })
    return { id: entry.doc.id, locale: entry.doc.locale, title: entry.doc.title, status: entry.doc.status, tickets: records.length }
  }

  private async read(id: string): Promise<{ entry: ReportIndexEntry; content: ReportContent }> {
    const entry = this.stores.index.data.reports.find((r) => r.id === id)
    if (!entry) throw notFound(`report "${id}"`)
    const shard = await this.stores.reports.shard(id)
    if (!shard.data.report) throw notFound(`report file of "${id}"`)
    return { entry, content: shard.data.report }
  }

  /** The report file first, then the index: a crash in between leaves an unlisted file, never a listed report without one. */
  private async write(entry: ReportIndexEntry, content: ReportContent): Promise<void> {
    const shard = await this.stores.reports.shard(entry.id)
    await shard.update(() => ({ report: content }))
    await this.stores.index.update((d) => {
      d.reports = [...d.reports.filter((r) => r.id !== entry.id), entry]
    })
  }
}

const summaryOf = (e: ReportIndexEntry): ReportSummaryOut => ({
  id: e.id,
  version: e.version,
  createdAt: e.createdAt,
  createdByName: e.createdByName,
  updatedAt: e.updatedAt,
  updatedByName: e.updatedByName,
  title: e.title,
  period: e.period,
  unit: e.unit,
  team: e.team,
  locale: e.locale
})

const withMeta = (content: ReportContent, e: ReportIndexEntry): ReportOut => {
  const { id, version, createdAt, createdByName, updatedAt, updatedByName } = e
  return { ...content, saved: { id, version, createdAt, createdByName, updatedAt, updatedByName } }
}

export async function openAnalytics(base: BaseServices, deps: AnalyticsDeps): Promise<AnalyticsService> {
  return new AnalyticsService(base, deps, await openReportStores(base.data))
}
