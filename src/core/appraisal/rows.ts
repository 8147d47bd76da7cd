import { CATEGORIES, CATEGORY_ALIASES, CHANNELS, CHANNEL_ALIASES, PRIORITIES, PRIORITY_ALIASES, readEnum } from '../domain/enums'
import { CompactRows, recordOf, type ValidRow } from './good-rows'
import { parseDateTime } from './time'
import { ROOT_CAUSES, type ComplaintRecord, type RootCause } from './types'

// Header mapping and row validation for record imports (CSV, XLSX, the one-record form and the CLI):
// every bad row gets its line and a reason the user can act on.

export const RECORD_FIELDS = [
  'ticket_id',
  'staff_id',
  'staff_name',
  'channel',
  'category',
  'priority',
  'received_at',
  'first_response_at',
  'resolved_at',
  'status',
  'satisfaction',
  'root_cause'
] as const
export type RecordField = (typeof RECORD_FIELDS)[number]
/** root_cause is an optional extra column; the rest are required headers. */
export const REQUIRED_FIELDS: readonly RecordField[] = RECORD_FIELDS.filter((f) => f !== 'root_cause')

export const ZH_HEADERS: Record<RecordField, string> = {
  ticket_id: '工单号',
  staff_id: '工号',
  staff_name: '姓名',
  channel: '渠道',
  category: '类别',
  priority: '优先级',
  received_at: '受理时间',
  first_response_at: '首次响应时间',
  resolved_at: '解决时间',
  status: '状态',
  satisfaction: '满意度',
  root_cause: '根因'
}
const EXTRA_ALIASES: Record<string, RecordField> = { 根本原因: 'root_cause', 原因分类: 'root_cause', 员工姓名: 'staff_name', 满意度评分: 'satisfaction' }

export const ROOT_CAUSE_ALIASES: Record<string, RootCause> = { 产品: 'product', 流程: 'process', 系统: 'system', 物流: 'logistics', 人员: 'staff', 其他: 'other' }
const STATUS_ALIASES: Record<string, ComplaintRecord['status']> = { 已解决: 'resolved', 未解决: 'unresolved' }

const normalizeHeader = (h: string) => h.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_')

export interface HeaderMap {
  /** Column index of each field found. */
  index: Partial<Record<RecordField, number>>
  /** File-level problems (a missing required column, a repeated one): nothing can be imported. */
  errors: string[]
  /** Columns that are not ours; ignored. */
  ignored: string[]
}

/** Maps a header row written in English or Chinese (any mix) onto the record fields. */
export function mapHeader(cells: readonly string[]): HeaderMap {
  const out: HeaderMap = { index: {}, errors: [], ignored: [] }
  const byName = new Map<string, RecordField>()
  for (const f of RECORD_FIELDS) {
    byName.set(f, f)
    byName.set(ZH_HEADERS[f], f)
  }
  for (const [k, f] of Object.entries(EXTRA_ALIASES)) byName.set(k, f)
  cells.forEach((raw, i) => {
    const name = normalizeHeader(String(raw ?? ''))
    if (name === '') return
    const field = byName.get(name)
    if (!field) out.ignored.push(String(raw).trim())
    else if (out.index[field] !== undefined) out.errors.push(`column ${field} appears twice (columns ${out.index[field] + 1} and ${i + 1})`)
    else out.index[field] = i
  })
  const missing = REQUIRED_FIELDS.filter((f) => out.index[f] === undefined)
  if (missing.length > 0) out.errors.push(`missing column${missing.length > 1 ? 's' : ''}: ${missing.map((f) => `${f} (${ZH_HEADERS[f]})`).join(', ')}`)
  return out
}

export type RowVerdict = { ok: true; record: ComplaintRecord } | { ok: false; reasons: string[]; ticketId: string }

export interface RowContext {
  zone: string
  /** Staff ids on the roster; when given and not empty, a row for anybody else is refused. */
  roster?: ReadonlySet<string>
}

const LIMITS = { ticket_id: 64, staff_id: 64, staff_name: 100 }
const STATUSES = ['resolved', 'unresolved'] as const

/** Where a validation reads its raw field texts from: a form's values, or a row's cells under a header. */
interface FieldSource {
  get(f: RecordField): string
}

class ValueSource implements FieldSource {
  constructor(private readonly values: Partial<Record<RecordField, string>>) {}
  get(f: RecordField): string {
    return (this.values[f] ?? '').trim()
  }
}

/** Reused for every row of a file: an import validates 500,000 rows, so no per-row objects or closures. */
class CellSource implements FieldSource {
  cells: readonly string[] = []
  constructor(private readonly index: HeaderMap['index']) {}
  get(f: RecordField): string {
    const i = this.index[f]
    return i === undefined ? '' : (this.cells[i] ?? '').trim()
  }
}

function checkText(f: 'ticket_id' | 'staff_id', v: string, reasons: string[]): void {
  if (v === '') reasons.push(`missing ${f}`)
  else if (v.length > LIMITS[f]) reasons.push(`${f} is longer than ${LIMITS[f]} characters`)
}

function enumField<T extends string>(src: FieldSource, f: RecordField, list: readonly T[], aliases: Record<string, T>, reasons: string[]): T | undefined {
  const raw = src.get(f)
  if (raw === '') {
    reasons.push(`missing ${f}`)
    return undefined
  }
  const v = readEnum(list, aliases, raw)
  if (!v) reasons.push(`unknown ${f} "${raw.slice(0, 40)}" (expected ${list.join('/')})`)
  // The list's own string, not the cell's: a cell can be a slice that keeps the file's text alive.
  return v === undefined ? v : list[list.indexOf(v)]
}

function timeField(raw: string, f: 'received_at' | 'first_response_at' | 'resolved_at', required: boolean, zone: string, reasons: string[]): number | null {
  if (raw === '') {
    if (required) reasons.push(`missing ${f}`)
    return null
  }
  const ms = parseDateTime(raw, zone)
  if (ms === null) reasons.push(`unparseable date in ${f}: "${raw.slice(0, 40)}" (use 2026-10-01 09:30 or ISO 8601 with offset)`)
  return ms
}

const SATISFACTION = /^\d+(\.0+)?$/

/** Validates one record given as field → text (what a CSV/XLSX row or the form provides). */
export function validateRecord(values: Partial<Record<RecordField, string>>, ctx: RowContext): RowVerdict {
  const v = validateFrom(new ValueSource(values), ctx)
  return v.ok ? { ok: true, record: recordOf(v.row) } : v
}

type RowCheck = { ok: true; row: ValidRow } | { ok: false; reasons: string[]; ticketId: string }

// The order of the checks is the order of the reasons the user reads; keep it.
function validateFrom(src: FieldSource, ctx: RowContext): RowCheck {
  const reasons: string[] = []
  const ticketId = src.get('ticket_id')
  const staffId = src.get('staff_id')
  checkText('staff_id', staffId, reasons)
  const staffName = src.get('staff_name')
  if (staffName.length > LIMITS.staff_name) reasons.push(`staff_name is longer than ${LIMITS.staff_name} characters`)
  checkText('ticket_id', ticketId, reasons)
  if (staffId && ctx.roster && ctx.roster.size > 0 && !ctx.roster.has(staffId)) reasons.push(`staff ${staffId} is not on the roster`)
  const channel = enumField(src, 'channel', CHANNELS, CHANNEL_ALIASES, reasons)
  const category = enumField(src, 'category', CATEGORIES, CATEGORY_ALIASES, reasons)
  const priority = enumField(src, 'priority', PRIORITIES, PRIORITY_ALIASES, reasons)
  const status = enumField(src, 'status', STATUSES, STATUS_ALIASES, reasons)
  const resolvedRaw = src.get('resolved_at')
  const received = timeField(src.get('received_at'), 'received_at', true, ctx.zone, reasons)
  const response = timeField(src.get('first_response_at'), 'first_response_at', false, ctx.zone, reasons)
  const resolved = timeField(resolvedRaw, 'resolved_at', false, ctx.zone, reasons)
  if (received !== null && response !== null && response < received) reasons.push('first_response_at is before received_at')
  if (received !== null && resolved !== null && resolved < received) reasons.push('resolved_at is before received_at')
  if (status === 'resolved' && resolvedRaw === '') reasons.push('status is resolved but resolved_at is empty')
  let satisfaction: number | null = null
  const sat = src.get('satisfaction')
  if (sat !== '') {
    const n = Number(sat)
    if (!SATISFACTION.test(sat) || n < 1 || n > 5) reasons.push(`satisfaction ${sat.slice(0, 20)} is not an integer 1–5`)
    else satisfaction = n
  }
  let rootCause: RootCause | null = null
  const rc = src.get('root_cause')
  if (rc !== '') {
    const v = readEnum(ROOT_CAUSES, ROOT_CAUSE_ALIASES, rc)
    if (!v) reasons.push(`unknown root_cause "${rc.slice(0, 40)}" (expected ${ROOT_CAUSES.join('/')} or 产品/流程/系统/物流/人员/其他)`)
    else rootCause = ROOT_CAUSES[ROOT_CAUSES.indexOf(v)]
  }
  if (reasons.length > 0 || !channel || !category || !priority || !status || received === null) return { ok: false, reasons, ticketId }
  return {
    ok: true,
    row: {
      ticketId,
      staffId,
      staffName,
      channel,
      category,
      priority,
      received,
      response,
      resolved,
      status,
      satisfaction,
      rootCause
    }
  }
}

/** True when every cell is empty or whitespace (a blank line of a sheet). */
export function isBlankRow(cells: readonly unknown[]): boolean {
  for (let i = 0; i < cells.length; i++) if (String(cells[i] ?? '').trim() !== '') return false
  return true
}

export interface BadRow {
  line: number
  ticketId: string
  reasons: string[]
}

/**
 * Checks rows in file order, including what only the file as a whole shows: a ticket id used twice
 * (the later row is refused and names the line of the first).
 */
export class RowChecker {
  private readonly seen = new Map<string, number>()
  readonly good = new CompactRows()
  readonly bad: BadRow[] = []
  private readonly source: CellSource
  /** One string per staff id and name: a file repeats a few hundred people over 500,000 rows. */
  private readonly strings = new Map<string, string>()

  constructor(
    header: HeaderMap,
    private readonly ctx: RowContext
  ) {
    this.source = new CellSource(header.index)
  }

  /** Checks one row and files it under good or bad; false for a bad or blank row. */
  check(cells: readonly string[], line: number): boolean {
    if (isBlankRow(cells)) return false
    this.source.cells = cells
    const v = validateFrom(this.source, this.ctx)
    const id = v.ok ? v.row.ticketId : v.ticketId
    const first = id ? this.seen.get(id) : undefined
    if (first !== undefined) {
      this.bad.push({ line, ticketId: id, reasons: [...(v.ok ? [] : v.reasons), `duplicate ticket_id ${id} (first on line ${first})`] })
      return false
    }
    if (id) this.seen.set(id, line)
    if (!v.ok) {
      this.bad.push({ line, ticketId: id, reasons: v.reasons })
      return false
    }
    const r = v.row
    r.staffId = this.shared(r.staffId)
    r.staffName = this.shared(r.staffName)
    this.good.push(line, r)
    return true
  }

  private shared(s: string): string {
    const known = this.strings.get(s)
    if (known !== undefined) return known
    if (this.strings.size < 100_000) this.strings.set(s, s)
    return s
  }
}

