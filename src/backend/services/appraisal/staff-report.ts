import ExcelJS from 'exceljs'
import { toCsv } from '@core/csv/write'
import { formatInZone } from '@core/appraisal/time'
import { WORDS } from '@core/analytics/labels'
import type { Locale } from '@core/domain/enums'
import type { Rubric } from '@core/standards/standards'
import type { PeriodRange } from '@core/appraisal/types'
import { columnLabel, figureCells, FIGURE_COLUMNS } from './table'
import type { StaffDetail } from './staff-detail'

// One staff member's page as a file: the same sections in the same order, one sheet each in XLSX and
// one block each (headed by its title) in CSV. Figures keep the period table's units (rates as fractions).

type Cell = string | number | null
export interface ReportSection {
  title: string
  header: string[]
  rows: Cell[][]
}

const L = {
  'zh-CN': {
    summary: '概览', history: '近 6 期趋势', distribution: '工单分布', standards: '演练结果（按服务标准）', sessions: '演练记录', problems: '超时或未解决工单',
    field: '项目', value: '值', period: '期间', from: '开始', to: '结束', dimension: '维度', item: '项', share: '占比',
    category: '投诉类别', channel: '渠道', standard: '服务标准', assessmentMean: '考核均分', assessmentCount: '考核次数', practiceMean: '练习均分', practiceCount: '练习次数',
    finishedAt: '完成时间', title: '情景', caseId: '案例编号', mode: '模式', overall: '得分', passed: '通过', assessment: '考核', practice: '练习', yes: '是', no: '否',
    ticket: '工单号', received: '受理时间', priority: '优先级', lateResponse: '响应超时', lateResolution: '处理超时', status: '状态', resolved: '已解决', unresolved: '未解决',
    more: (n: number, shown: number) => `共 ${n} 条，仅列出前 ${shown} 条`
  },
  en: {
    summary: 'Summary', history: 'Last 6 periods', distribution: 'Tickets by category and channel', standards: 'Role-play by service standard', sessions: 'Role-play sessions', problems: 'Late or unresolved tickets',
    field: 'field', value: 'value', period: 'period', from: 'from', to: 'to', dimension: 'dimension', item: 'item', share: 'share',
    category: 'category', channel: 'channel', standard: 'standard', assessmentMean: 'assessment_mean', assessmentCount: 'assessment_sessions', practiceMean: 'practice_mean', practiceCount: 'practice_sessions',
    finishedAt: 'finished_at', title: 'scenario', caseId: 'case_id', mode: 'mode', overall: 'score', passed: 'passed', assessment: 'assessment', practice: 'practice', yes: 'yes', no: 'no',
    ticket: 'ticket_id', received: 'received_at', priority: 'priority', lateResponse: 'late_response', lateResolution: 'late_resolution', status: 'status', resolved: 'resolved', unresolved: 'unresolved',
    more: (n: number, shown: number) => `${n} in all, the first ${shown} listed`
  }
} as const

/** The report's sections for one staff member and period. */
export function staffReportSections(d: StaffDetail, ctx: { staffId: string; range: PeriodRange; locale: Locale; rubric: Rubric; zone: string }): ReportSection[] {
  const { locale, zone } = ctx
  const w = L[locale]
  const words = WORDS[locale]
  const yesNo = (b: boolean) => (b ? w.yes : w.no)
  const figures = d.row ? figureCells(d.row) : null
  const summary: Cell[][] = [
    [columnLabel('staff_id', locale), ctx.staffId],
    [columnLabel('staff_name', locale), d.member?.name ?? d.row?.staffName ?? ''],
    [columnLabel('team', locale), d.member?.team ?? d.row?.team ?? ''],
    [w.period, `${ctx.range.from} – ${ctx.range.to}`],
    ...FIGURE_COLUMNS.map((c) => [columnLabel(c, locale), figures ? figures[c] : null]),
    [columnLabel('rank', locale), d.row?.rank ?? null]
  ]
  const history = d.history.map((h) => {
    const f = figureCells(h.figures)
    return [h.range.from, h.range.to, ...FIGURE_COLUMNS.map((c) => f[c])]
  })
  const share = (counts: Partial<Record<string, number>>) => {
    const total = Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0) || 1
    return Object.entries(counts).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .map(([k, n]): [string, number, number] => [k, n ?? 0, Math.round(((n ?? 0) / total) * 10_000) / 10_000])
  }
  const distribution: Cell[][] = [
    ...share(d.byCategory).map(([k, n, s]) => [w.category, words.category[k as keyof typeof words.category] ?? k, n, s]),
    ...share(d.byChannel).map(([k, n, s]) => [w.channel, words.channel[k as keyof typeof words.channel] ?? k, n, s])
  ]
  const names = new Map(ctx.rubric.standards.map((s) => [s.id, s.name[locale]]))
  const practice = new Map(d.roleplay.practice.map((m) => [m.id, m]))
  const standards = d.roleplay.assessment.map((a) => {
    const p = practice.get(a.id)
    return [names.get(a.id) ?? a.id, a.mean, a.count, p?.mean ?? null, p?.count ?? 0]
  })
  const sessions: Cell[][] = d.roleplay.sessions.map((s) => [formatInZone(Date.parse(s.finishedAt), zone), s.title, s.caseId, s.mode === 'assessment' ? w.assessment : w.practice, s.overall, yesNo(s.passed)])
  if (d.roleplay.sessionsTotal > d.roleplay.sessions.length) sessions.push([w.more(d.roleplay.sessionsTotal, d.roleplay.sessions.length)])
  const problems: Cell[][] = d.problems.map((p) => [
    p.ticketId, formatInZone(Date.parse(p.receivedAt), zone), words.priority[p.priority], words.category[p.category], words.channel[p.channel],
    yesNo(p.lateResponse), yesNo(p.lateResolution), p.status === 'resolved' ? w.resolved : w.unresolved
  ])
  if (d.problemsTotal > d.problems.length) problems.push([w.more(d.problemsTotal, d.problems.length)])
  return [
    { title: w.summary, header: [w.field, w.value], rows: summary },
    { title: w.history, header: [w.from, w.to, ...FIGURE_COLUMNS.map((c) => columnLabel(c, locale))], rows: history },
    { title: w.distribution, header: [w.dimension, w.item, columnLabel('tickets', locale), w.share], rows: distribution },
    { title: w.standards, header: [w.standard, w.assessmentMean, w.assessmentCount, w.practiceMean, w.practiceCount], rows: standards },
    { title: w.sessions, header: [w.finishedAt, w.title, w.caseId, w.mode, w.overall, w.passed], rows: sessions },
    { title: w.problems, header: [w.ticket, w.received, w.priority, w.category, w.channel, w.lateResponse, w.lateResolution, w.status], rows: problems }
  ]
}

/** CSV: each section is its title on a line of its own, its header, its rows and a blank line. */
export function staffReportCsv(sections: readonly ReportSection[]): string {
  return sections.map((s, i) => (i === 0 ? '\uFEFF' : '') + toCsv([s.title], [], false) + toCsv(s.header, s.rows, false)).join('\r\n')
}

export async function staffReportXlsx(sections: readonly ReportSection[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  sections.forEach((s, i) => {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ], unique.
    const ws = wb.addWorksheet(`${i + 1} ${s.title.replace(/[:\\/?*[\]]/g, ' ')}`.slice(0, 31))
    ws.addRow(s.header).font = { bold: true }
    for (const r of s.rows) ws.addRow(r.map((v) => (v === null ? '' : v)))
    ws.columns.forEach((c) => (c.width = 16))
  })
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
