import type { Problem } from './types'

/** `cases/x.md:3 category: "quality" is not one of product-quality, …` */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file
  return p.field ? `${where} ${p.field}: ${p.message}` : `${where} ${p.message}`
}

/** Collects problems for one file so each check is a one-liner. */
export class ProblemSink {
  readonly errors: Problem[] = []
  readonly warnings: Problem[] = []
  constructor(readonly file: string) {}

  error(line: number, field: string, message: string): void {
    this.errors.push({ file: this.file, line, field, message })
  }

  warn(line: number, field: string, message: string): void {
    this.warnings.push({ file: this.file, line, field, message })
  }
}

/** Base name without folders and without `.md`. */
export function caseIdFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  return base.replace(/\.md$/i, '')
}
