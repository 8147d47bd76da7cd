import { isUtf8 } from 'node:buffer'
import { Readable } from 'node:stream'
import Papa from 'papaparse'
import ExcelJS from 'exceljs'
import { readArchive } from '../../storage'
import { isBlankRow, mapHeader, RowChecker, type BadRow, type HeaderMap, type RowContext } from '@core/appraisal/rows'
import type { GoodRows } from '@core/appraisal/good-rows'

// Reads a records file (CSV or XLSX) row by row, yielding to the event loop between chunks so a
// 100,000-row file never freezes the backend. Never throws: whatever the bytes, the result says what
// was wrong (a file-level error, or per-row verdicts with line numbers).

export const MAX_DATA_ROWS = 500_000
const YIELD_EVERY = 2000
/** Longest stretch of synchronous work between yields. */
const SLICE_MS = 25

export interface ParsedFile {
  format: 'csv' | 'xlsx'
  /** Problems with the file as a whole: nothing of it can be imported. */
  fileErrors: string[]
  ignoredColumns: string[]
  /** Data rows seen (blank rows are skipped). */
  rows: number
  /** Compact (records are built when read); an empty array when the file failed. */
  good: GoodRows
  bad: BadRow[]
}

export interface ParseOptions {
  onProgress?: (fraction: number, rows: number) => void
  /** Checked between chunks; a cancelled parse stops early with a file error. */
  cancelled?: () => boolean
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04

export async function parseRecordFile(bytes: Uint8Array, fileName: string, ctx: RowContext, opts: ParseOptions = {}): Promise<ParsedFile> {
  const xlsx = isZip(bytes)
  const out: ParsedFile = { format: xlsx ? 'xlsx' : 'csv', fileErrors: [], ignoredColumns: [], rows: 0, good: [], bad: [] }
  if (/\.xlsx$/i.test(fileName) && !xlsx) {
    out.fileErrors.push(`${fileName} is not an XLSX workbook (it does not start like a zip file)`)
    return out
  }
  if (/\.xls$/i.test(fileName)) {
    out.fileErrors.push(`${fileName}: old .xls workbooks are not read; save it as .xlsx or CSV`)
    return out
  }
  try {
    if (xlsx) {
      // exceljs can wait forever on a damaged zip: check every entry (structure, sizes, CRC) first.
      readArchive(bytes, { maxEntries: 10_000, maxEntryBytes: 400 * 1024 * 1024, maxTotalBytes: 800 * 1024 * 1024 })
      await withStallGuard((touch) => readXlsx(bytes, ctx, out, opts, touch))
    }
    else await readCsv(bytes, ctx, out, opts)
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/backup archive/g, 'workbook') : String(e)
    out.fileErrors.push(`${fileName} could not be read${xlsx ? ' (damaged workbook?)' : ''}: ${why}`.slice(0, 300))
  }
  if (out.fileErrors.length > 0) {
    out.good = []
    out.bad = []
  }
  return out
}

/** Shared by both formats: the first non-blank row is the header, the rest are checked. */
class Sink {
  header: HeaderMap | null = null
  checker: RowChecker | null = null
  constructor(
    private readonly ctx: RowContext,
    private readonly out: ParsedFile
  ) {}

  /** Returns false when reading should stop. */
  row(cells: string[], line: number): boolean {
    if (!this.header) {
      if (isBlankRow(cells)) return true
      this.header = mapHeader(cells)
      this.out.ignoredColumns = this.header.ignored
      if (this.header.errors.length > 0) {
        this.out.fileErrors.push(...this.header.errors.map((e) => `line ${line}: ${e}`))
        return false
      }
      this.checker = new RowChecker(this.header, this.ctx)
      return true
    }
    if (isBlankRow(cells)) return true
    if (++this.out.rows > MAX_DATA_ROWS) {
      this.out.fileErrors.push(`more than ${MAX_DATA_ROWS} rows; split the file`)
      return false
    }
    this.checker?.check(cells, line)
    return true
  }

  finish(): void {
    if (!this.header) this.out.fileErrors.push('the file is empty (no header row)')
    else if (this.checker && this.out.fileErrors.length === 0) {
      this.out.good = this.checker.good
      this.out.bad = this.checker.bad
    }
  }
}

const PIECE = 65_536

/**
 * The file's text in pieces, decoded as they are needed (UTF-8, BOM or not, when the bytes are valid UTF-8;
 * else GB18030, as Chinese Excel saves CSV): the whole text as one string would be twice the file (UTF-16) on top of it.
 */
function* textPieces(bytes: Uint8Array, fed: { bytes: number; chars: number }): Generator<string> {
  const utf8 = isUtf8(bytes)
  const decoder = new TextDecoder(utf8 ? 'utf-8' : 'gb18030')
  let atStart = utf8
  for (let i = 0; i <= bytes.length; i += PIECE) {
    const end = Math.min(bytes.length, i + PIECE)
    let piece = end < bytes.length ? decoder.decode(bytes.subarray(i, end), { stream: true }) : decoder.decode(bytes.subarray(i, end))
    // The decoder drops one UTF-8 BOM itself; a second one (some tools write two) is dropped here.
    if (atStart && piece !== '') {
      piece = piece.replace(/^\uFEFF/, '')
      atStart = false
    }
    fed.bytes = end
    fed.chars += piece.length
    if (piece !== '') yield piece
    if (end === bytes.length) break
  }
}

/**
 * Hands papaparse a piece only when it is near the end of what it has: its stream reader queues every
 * piece a flowing stream gives it, so a free-running stream decoded the whole file (twice its size as
 * UTF-16) before the first rows were checked. `lag` is text given but not yet seen as rows; it can
 * overcount (quote characters are not counted as consumed), so a piece also goes out whenever a turn of
 * the event loop passes with no row consumed (the parser is paused or waiting): never a stall.
 */
class PieceStream extends Readable {
  private timer: NodeJS.Immediate | null = null
  constructor(
    private readonly pieces: Iterator<string>,
    private readonly lag: () => number,
    private readonly consumed: () => number
  ) {
    super({ objectMode: true, highWaterMark: 1 })
  }

  override _read(): void {
    if (this.lag() < PIECE) this.next()
    else this.waitFrom(this.consumed())
  }

  override _destroy(err: Error | null, done: (error?: Error | null) => void): void {
    if (this.timer) clearImmediate(this.timer)
    done(err)
  }

  private waitFrom(seen: number): void {
    this.timer = setImmediate(() => {
      this.timer = null
      const now = this.consumed()
      if (this.lag() < PIECE || now === seen) this.next()
      else this.waitFrom(now)
    })
  }

  private next(): void {
    const r = this.pieces.next()
    this.push(r.done ? null : r.value)
  }
}

/** Papaparse hands out strings without dynamic typing; copy only if something else ever shows up. */
function asStrings(data: unknown[] | undefined): string[] {
  const cells = data ?? []
  for (let i = 0; i < cells.length; i++) if (typeof cells[i] !== 'string') return cells.map((c) => (typeof c === 'string' ? c : String(c ?? '')))
  return cells as string[]
}

function readCsv(bytes: Uint8Array, ctx: RowContext, out: ParsedFile, opts: ParseOptions): Promise<void> {
  const sink = new Sink(ctx, out)
  let line = 1
  let n = 0
  let consumed = 0
  let lastYield = performance.now()
  const fed = { bytes: 0, chars: 0 }
  // Fed as a stream of 64 KB pieces: Papa then parses piece by piece (rows and quotes may span pieces),
  // and pausing does not copy the rest of a large string on every resume, as string input does.
  const stream = new PieceStream(textPieces(bytes, fed), () => fed.chars - consumed, () => consumed)
  const input = stream as unknown as File // papaparse's Node stream input (typed as File)
  return new Promise((resolve) => {
    Papa.parse<string[]>(input, {
      skipEmptyLines: false,
      step: (result, parser) => {
        const cells = asStrings(result.data)
        const rowLine = line
        // The next row starts after this row's line break and any line breaks quoted inside its fields.
        let breaks = 0
        let chars = 0
        for (const c of cells) {
          chars += c.length + 1
          for (let at = c.indexOf('\n'); at >= 0; at = c.indexOf('\n', at + 1)) breaks++
        }
        line += 1 + breaks
        consumed += chars + breaks
        const quoteError = result.errors.length === 0 ? undefined : result.errors.find((e) => e.type === 'Quotes')
        if (quoteError && sink.header) {
          out.rows++
          out.bad.push({ line: rowLine, ticketId: cells[0] ?? '', reasons: [`broken quoting: ${quoteError.message}`] })
        } else if (!sink.row(cells, rowLine)) {
          parser.abort()
          return
        }
        // Yield by time, not only by rows: slow rows (many dates, a loaded machine) must not add up.
        if (++n % YIELD_EVERY === 0 || (n % 50 === 0 && performance.now() - lastYield > SLICE_MS)) {
          lastYield = performance.now()
          // The text's length is known only at the end: estimate it from the bytes decoded so far.
          const total = fed.bytes === 0 ? 1 : (fed.chars * bytes.length) / fed.bytes
          opts.onProgress?.(Math.min(0.99, consumed / Math.max(1, total)), out.rows)
          parser.pause()
          void tick().then(() => {
            if (opts.cancelled?.()) {
              out.fileErrors.push('cancelled')
              parser.abort()
            } else parser.resume()
          })
        }
      },
      error: (e: Error) => {
        stream.destroy()
        out.fileErrors.push(`not readable as CSV: ${e.message}`)
        sink.finish()
        resolve()
      },
      complete: () => {
        stream.destroy() // after an abort, do not decode the rest of the file
        // Rows refused for broken quoting are kept next to the checker's verdicts, in line order.
        const early = out.bad
        sink.finish()
        if (early.length > 0 && out.fileErrors.length === 0) out.bad = [...out.bad, ...early].sort((a, b) => a.line - b.line)
        resolve()
      }
    })
  })
}

const DATE_FIELDS = new Set(['received_at', 'first_response_at', 'resolved_at'])
const pad = (n: number) => String(n).padStart(2, '0')

/** Excel keeps wall-clock times without a zone; exceljs hands them out as UTC fields. */
function wallText(d: Date): string {
  if (Number.isNaN(d.getTime())) return 'invalid date'
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}

/** One cell as text; a number in a date column is an Excel serial day (formatting not cached). */
export function cellText(v: unknown, isDate: boolean): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number') {
    if (isDate && v > 1 && v < 2_958_466) return wallText(new Date(Math.round((v - 25569) * 86_400_000)))
    return String(v)
  }
  if (typeof v === 'boolean') return String(v)
  if (v instanceof Date) return wallText(v)
  if (typeof v === 'object') {
    const o = v as { richText?: { text?: unknown }[]; result?: unknown; text?: unknown; error?: unknown }
    if (Array.isArray(o.richText)) return o.richText.map((p) => (typeof p?.text === 'string' ? p.text : '')).join('')
    if ('result' in o) return cellText(o.result, isDate)
    if (typeof o.text === 'string') return o.text
  }
  return ''
}

const STALL_MS = 20_000

/** Fails a read that makes no progress for STALL_MS (a workbook whose XML never ends). */
async function withStallGuard(read: (touch: () => void) => Promise<void>): Promise<void> {
  let last = Date.now()
  let timer: NodeJS.Timeout | undefined
  const stalled = new Promise<never>((_, reject) => {
    const check = () => {
      if (Date.now() - last > STALL_MS) reject(new Error(`no progress for ${STALL_MS / 1000} s`))
      else timer = setTimeout(check, 1000)
    }
    timer = setTimeout(check, 1000)
  })
  try {
    await Promise.race([read(() => (last = Date.now())), stalled])
  } finally {
    clearTimeout(timer)
  }
}

async function readXlsx(bytes: Uint8Array, ctx: RowContext, out: ParsedFile, opts: ParseOptions, touch: () => void): Promise<void> {
  const sink = new Sink(ctx, out)
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore'
  })
  let n = 0
  let lastYield = performance.now()
  let dateCols = new Set<number>()
  let sheetSeen = false
  outer: for await (const sheet of reader) {
    if (sheetSeen) break // the records are on the first worksheet
    sheetSeen = true
    for await (const row of sheet) {
      touch()
      const values = Array.isArray(row.values) ? (row.values as unknown[]) : []
      const cells: string[] = []
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i], dateCols.has(i - 1)))
      const hadHeader = sink.header !== null
      if (!sink.row(cells, row.number)) break outer
      if (!hadHeader && sink.header) {
        const h = sink.header
        dateCols = new Set(Object.entries(h.index).filter(([f]) => DATE_FIELDS.has(f)).map(([, i]) => i as number))
      }
      if (++n % YIELD_EVERY === 0 || (n % 50 === 0 && performance.now() - lastYield > SLICE_MS)) {
        lastYield = performance.now()
        opts.onProgress?.(0.5, out.rows)
        await tick()
        if (opts.cancelled?.()) {
          out.fileErrors.push('cancelled')
          break outer
        }
      }
    }
  }
  sink.finish()
}
