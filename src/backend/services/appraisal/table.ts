import ExcelJS from 'exceljs'
import { toCsv } from '@core/csv/write'
import type { KpiFigures, StaffKpi } from '@core/appraisal/types'
import type { Locale } from '@core/domain/enums'

// The per-staff table as the CLI prints it and the app exports it: one column list for both.

export const TABLE_COLUMNS = [
  'staff_id',
  'tickets',
  'timeliness_rate',
  'resolution_rate',
  'satisfaction_avg',
  'csat',
  'avg_response_hours',
  'avg_cycle_hours',
  'training_score',
  'composite',
  'grade',
  'rank'
] as const
export type TableColumn = (typeof TABLE_COLUMNS)[number]

const ZH: Record<TableColumn | 'staff_name' | 'team', string> = {
  staff_id: '工号',
  staff_name: '姓名',
  team: '门店/班组',
  tickets: '工单数',
  timeliness_rate: '及时率',
  resolution_rate: '解决率',
  satisfaction_avg: '满意度',
  csat: 'CSAT',
  avg_response_hours: '平均响应(小时)',
  avg_cycle_hours: '平均处理周期(小时)',
  training_score: '培训得分',
  composite: '综合得分',
  grade: '等级',
  rank: '排名'
}

const round = (x: number | null, digits: number) => (x === null ? null : Number(x.toFixed(digits)))

type FigureColumn = Exclude<TableColumn, 'staff_id' | 'rank'>
/** The figure columns (no id, no rank), for tables of periods rather than of people. */
export const FIGURE_COLUMNS = TABLE_COLUMNS.filter((c): c is FigureColumn => c !== 'staff_id' && c !== 'rank')

/** Figures as exported: rates as fractions (4 decimals), hours and scores with 2 decimals; N/A is null. */
export function figureCells(k: KpiFigures): Record<FigureColumn, string | number | null> {
  return {
    tickets: k.tickets,
    timeliness_rate: round(k.timelinessRate, 4),
    resolution_rate: round(k.resolutionRate, 4),
    satisfaction_avg: round(k.satisfactionAvg, 2),
    csat: round(k.csat, 4),
    avg_response_hours: round(k.avgResponseHours, 2),
    avg_cycle_hours: round(k.avgCycleHours, 2),
    training_score: round(k.trainingScore, 2),
    composite: k.composite,
    grade: k.grade
  }
}

/** One row of the per-staff table. */
export function tableRow(k: StaffKpi): Record<TableColumn, string | number | null> {
  return { staff_id: k.staffId, ...figureCells(k), rank: k.rank }
}

/** A column's header: the snake_case name in English (as the CLI prints it), Chinese words in zh-CN. */
export const columnLabel = (c: TableColumn | 'staff_name' | 'team', locale: Locale): string => (locale === 'zh-CN' ? ZH[c] : c)

function withNames(rows: readonly StaffKpi[], locale: Locale): { header: string[]; cells: (string | number | null)[][] } {
  const cols = ['staff_id', 'staff_name', 'team', ...TABLE_COLUMNS.slice(1)] as const
  const header = cols.map((c) => columnLabel(c, locale))
  const cells = rows.map((k) => {
    const t = tableRow(k)
    return cols.map((c) => (c === 'staff_name' ? k.staffName : c === 'team' ? k.team : t[c]))
  })
  return { header, cells }
}

export function tableCsv(rows: readonly StaffKpi[], locale: Locale): string {
  const { header, cells } = withNames(rows, locale)
  return toCsv(header, cells)
}

export async function tableXlsx(rows: readonly StaffKpi[], locale: Locale, sheetName: string): Promise<Uint8Array> {
  const { header, cells } = withNames(rows, locale)
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheetName.slice(0, 31))
  ws.addRow(header).font = { bold: true }
  for (const r of cells) ws.addRow(r.map((v) => (v === null ? '' : v)))
  ws.columns.forEach((c) => (c.width = 14))
  return new Uint8Array(await wb.xlsx.writeBuffer())
}
