import { readCaseFields } from './fields'
import { splitFrontMatter } from './front-matter'
import { ProblemSink } from './problems'
import { readSections } from './sections'
import type { CaseParseResult } from './types'

const LOCALE_FOLDER = /(?:^|[\\/])(zh-CN|en)[\\/][^\\/]+$/

/**
 * Parses one case file (Markdown with YAML front matter). `fileName` is used as given in problems
 * (pass the path relative to the library, e.g. `cases/zh-CN/x.md`) and its base name must equal the id.
 */
export function parseCaseFile(fileName: string, text: string): CaseParseResult {
  const sink = new ProblemSink(fileName)
  const keyLines: Record<string, number> = {}
  const done = (c?: CaseParseResult['case']): CaseParseResult => ({
    file: fileName,
    case: sink.errors.length === 0 ? c : undefined,
    errors: sink.errors,
    warnings: sink.warnings,
    keyLines
  })

  const split = splitFrontMatter(text)
  if (!split.ok) {
    sink.error(split.line, 'front matter', split.message)
    return done()
  }
  const { yaml, yamlStartLine, body, bodyStartLine } = split.split
  const fields = readCaseFields(yaml, yamlStartLine, fileName, sink, keyLines)
  // Body checks still run without valid fields so one pass reports everything; zh-CN headings are
  // accepted alongside English ones either way.
  const sections = readSections(body, bodyStartLine, fields?.locale ?? 'zh-CN', sink)
  if (!fields) return done()

  const folder = LOCALE_FOLDER.exec(fileName)?.[1]
  if (folder && folder !== fields.locale) {
    sink.warn(keyLines.locale, 'locale', `"${fields.locale}" but the file is in the ${folder} folder`)
  }
  return done({ ...fields, body, sections, lessonsCount: sections.lessons.length })
}
