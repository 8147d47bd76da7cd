import type { Locale } from '../domain/enums'
import { RECORD_FIELDS, ZH_HEADERS, type RecordField } from './rows'

// The import and the record form explain a refused row in English sentences (the CLI prints them, and
// tests and the bad-row CSV keep them stable). Chinese-first users read them through this table:
// one pattern per sentence that rows.ts and parse.ts write. A sentence without a pattern is shown as it is.

const field = (name: string): string => ((RECORD_FIELDS as readonly string[]).includes(name) ? `${ZH_HEADERS[name as RecordField]}（${name}）` : name)

type Rule = readonly [RegExp, (m: RegExpMatchArray) => string]

const ZH_RULES: readonly Rule[] = [
  [/^missing (\w+)$/, (m) => `缺少${field(m[1])}`],
  [/^(\w+) is longer than (\d+) characters$/, (m) => `${field(m[1])}超过 ${m[2]} 个字符`],
  [/^staff (.+) is not on the roster$/, (m) => `工号 ${m[1]} 不在员工名册中`],
  [/^unknown (\w+) "(.*)" \(expected (.*)\)$/s, (m) => `无法识别的${field(m[1])}“${m[2]}”（应为 ${m[3].replace(/ or /g, ' 或 ')}）`],
  [/^unparseable date in (\w+): "(.*)" \(use .*\)$/s, (m) => `${field(m[1])}“${m[2]}”不是可识别的时间（请写成 2026-10-01 09:30，或带时区的 ISO 8601）`],
  [/^first_response_at is before received_at$/, () => `${field('first_response_at')}早于${field('received_at')}`],
  [/^resolved_at is before received_at$/, () => `${field('resolved_at')}早于${field('received_at')}`],
  [/^status is resolved but resolved_at is empty$/, () => `状态为已解决，但${field('resolved_at')}为空`],
  [/^satisfaction (.*) is not an integer 1–5$/s, (m) => `满意度 ${m[1]} 不是 1–5 的整数`],
  [/^duplicate ticket_id (.+) \(first on line (\d+)\)$/, (m) => `工单号 ${m[1]} 重复（首次出现在第 ${m[2]} 行）`],
  [/^broken quoting: (.*)$/s, (m) => `引号不成对：${m[1]}`],
  [/^column (\w+) appears twice \(columns (\d+) and (\d+)\)$/, (m) => `${field(m[1])}列出现了两次（第 ${m[2]} 列和第 ${m[3]} 列）`],
  [/^missing columns?: (.*)$/s, (m) => `缺少列：${m[1]}`],
  [/^more than (\d+) rows; split the file$/, (m) => `超过 ${m[1]} 行，请拆分文件`],
  [/^the file is empty \(no header row\)$/, () => '文件是空的（没有表头行）'],
  [/^not readable as CSV: (.*)$/s, (m) => `无法按 CSV 读取：${m[1]}`],
  [/^(.+) is not an XLSX workbook \(it does not start like a zip file\)$/s, (m) => `${m[1]} 不是 XLSX 工作簿（文件开头不是 zip 格式）`],
  [/^(.+): old \.xls workbooks are not read; save it as \.xlsx or CSV$/s, (m) => `${m[1]}：不支持旧版 .xls 工作簿，请另存为 .xlsx 或 CSV`],
  [/^(.+) could not be read( \(damaged workbook\?\))?: (.*)$/s, (m) => `${m[1]} 无法读取${m[2] ? '（工作簿可能已损坏）' : ''}：${m[3]}`],
  [/^cancelled$/, () => '已取消']
]

/** A reason or file error in the user's language (English ones are returned unchanged). */
export function localizeReason(reason: string, locale: Locale): string {
  if (locale !== 'zh-CN') return reason
  const line = /^line (\d+): (.*)$/s.exec(reason)
  if (line) return `第 ${line[1]} 行：${localizeReason(line[2], locale)}`
  for (const [re, say] of ZH_RULES) {
    const m = reason.match(re)
    if (m) return say(m)
  }
  return reason
}
