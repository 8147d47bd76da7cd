import type { HandlerTable, Ctx } from '../types'
import { hasRole } from '../types'
import type { appraisalChannels, ImportOut } from '@core/api/channels/appraisal'
import { forbidden, invalid, notFound, unauthorized } from '../errors'
import type { ImportJob } from '../../services/appraisal/jobs'
import { checkMember, parseRosterCsv } from '../../services/appraisal/roster'
import { tableCsv, tableXlsx } from '../../services/appraisal/table'
import { staffReportCsv, staffReportSections, staffReportXlsx } from '../../services/appraisal/staff-report'

const caller = (ctx: Ctx) => {
  if (!ctx.user) throw unauthorized()
  return ctx.user
}

const MAX_BAD_SHOWN = 2000
const MAX_PREVIEW = 200

function jobOut(job: ImportJob): ImportOut {
  const p = job.parsed
  return {
    jobId: job.id,
    fileName: job.fileName,
    format: p?.format ?? null,
    state: job.state,
    fraction: job.fraction,
    rows: job.rows,
    good: p?.good.length ?? 0,
    bad: p?.bad.length ?? 0,
    fileErrors: p?.fileErrors ?? [],
    ignoredColumns: p?.ignoredColumns ?? [],
    badRows: p?.bad.slice(0, MAX_BAD_SHOWN) ?? [],
    preview: p?.good.slice(0, MAX_PREVIEW) ?? [],
    result: job.result,
    error: job.error
  }
}

/** Handlers of the appraisal module's channels. */
export const appraisalHandlers: HandlerTable<keyof typeof appraisalChannels> = {
  'appraisal.overview': async (_input, { services }) => ({
    latestMonth: await services.appraisal.latestMonth(),
    teams: [...new Set(services.appraisal.staff.list().map((m) => m.team))].filter((t) => t !== '').sort(),
    timeZone: services.appraisal.zone
  }),
  'appraisal.period': ({ from, to, team }, { services }) => services.appraisal.period({ from, to }, team),
  'appraisal.staff': (input, ctx) => {
    const user = caller(ctx)
    // Row-level rule: managers see anyone; everybody else only the staff id on their own account.
    if (!hasRole(ctx, 'manager', 'admin') && user.staffId !== input.staffId) throw forbidden('you may only see your own appraisal')
    return ctx.services.appraisal.staffDetail(input.staffId, { from: input.from, to: input.to })
  },
  'appraisal.staff.export': async ({ staffId, from, to, format, locale }, ctx) => {
    const user = caller(ctx)
    if (!hasRole(ctx, 'manager', 'admin') && user.staffId !== staffId) throw forbidden('you may only export your own appraisal')
    const range = { from, to }
    const detail = await ctx.services.appraisal.staffDetail(staffId, range)
    const sections = staffReportSections(detail, { staffId, range, locale, rubric: ctx.services.standards.rubric(), zone: ctx.services.appraisal.zone })
    const base = `staff-${staffId.replace(/[^\p{L}\p{N}_-]+/gu, '_')}-${from}_${to}`
    await ctx.services.audit.record(user, 'appraisal.staff.export', `staff:${staffId}`, { note: `${format}, ${from}_${to}` })
    if (format === 'csv') return { fileName: `${base}.csv`, text: staffReportCsv(sections) }
    return { fileName: `${base}.xlsx`, base64: Buffer.from(await staffReportXlsx(sections)).toString('base64') }
  },
  'appraisal.export': async ({ from, to, team, format, locale }, ctx) => {
    const rows = (await ctx.services.appraisal.period({ from, to }, team)).staff
    const base = `appraisal-${from}_${to}${team ? `-${team.replace(/[^\p{L}\p{N}_-]+/gu, '_')}` : ''}`
    await ctx.services.audit.record(caller(ctx), 'appraisal.export', `period:${from}_${to}`, { note: `${format}, ${rows.length} rows` })
    if (format === 'csv') return { fileName: `${base}.csv`, text: tableCsv(rows, locale) }
    return { fileName: `${base}.xlsx`, base64: Buffer.from(await tableXlsx(rows, locale, `${from}_${to}`)).toString('base64') }
  },
  'appraisal.roster.list': (_input, { services }) => services.appraisal.roster(),
  'appraisal.roster.save': async (input, ctx) => {
    const m = checkMember({ ...input, hireDate: input.hireDate ?? '' })
    if (typeof m === 'string') throw invalid(m)
    const { before } = await ctx.services.appraisal.staff.save([m])
    await ctx.services.audit.record(caller(ctx), before[0] ? 'roster.update' : 'roster.create', `staff:${m.staffId}`, { before: before[0], after: m })
    return m
  },
  'appraisal.roster.import': async ({ text }, ctx) => {
    const { staff, problems } = parseRosterCsv(text)
    // All or nothing: a roster is small and a half-imported one is confusing.
    if (problems.length > 0) return { saved: 0, problems: problems.slice(0, 500) }
    await ctx.services.appraisal.staff.save(staff)
    await ctx.services.audit.record(caller(ctx), 'roster.import', 'roster', { note: `${staff.length} staff` })
    return { saved: staff.length, problems: [] }
  },
  'appraisal.record.get': async ({ ticketId }, { services }) => {
    const [r] = await services.appraisal.tickets([ticketId])
    if (!r) throw notFound(`ticket ${ticketId}`)
    return services.appraisal.formValues(r)
  },
  'appraisal.record.save': async ({ values, mode }, ctx) => {
    const { before, after } = await ctx.services.appraisal.saveRecord(values, mode)
    await ctx.services.audit.record(caller(ctx), `record.${mode}`, `ticket:${after.ticketId}`, { before, after })
    return after
  },
  'appraisal.import.start': ({ fileName, base64 }, ctx) => {
    const bytes = Buffer.from(base64, 'base64')
    if (bytes.length === 0) throw invalid('the file is empty')
    const a = ctx.services.appraisal
    return jobOut(a.jobs.start(bytes, fileName, caller(ctx).id, { zone: a.zone, roster: a.staff.ids() }))
  },
  'appraisal.import.progress': ({ jobId }, ctx) => jobOut(ctx.services.appraisal.jobs.get(jobId, caller(ctx).id)),
  'appraisal.import.commit': ({ jobId }, ctx) => {
    const user = caller(ctx)
    const a = ctx.services.appraisal
    const { fileName, parsed } = a.jobs.get(jobId, user.id)
    const bad = parsed?.bad.length ?? 0
    return jobOut(
      a.jobs.commit(jobId, user.id, async (records, progress) => {
        const result = await a.importRecords(records, progress)
        await ctx.services.audit.record(user, 'records.import', `file:${fileName}`, { after: { ...result, badRowsSkipped: bad } })
        return result
      })
    )
  },
  'appraisal.import.cancel': ({ jobId }, ctx) => jobOut(ctx.services.appraisal.jobs.cancel(jobId, caller(ctx).id))
}
