import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { formatProblem, parseCaseFile } from '@core/cases'
import { LOCALES, type Locale } from '@core/domain/enums'
import { writeDurable } from '../../storage/durable-fs'
import type { Log } from '../log'
import type { CaseSource, LibraryEntry } from './library'

/** `<folder>/<locale>/<id>.md` — the layout of the shipped library and of the user's case folder alike. */
export function caseFilePath(folder: string, id: string, locale: Locale): string {
  return join(folder, locale, `${id}.md`)
}

/**
 * Reads every case file of a library folder. A file that does not parse is left where it is and
 * reported in the log (a trainer may have hand-edited it); it is never overwritten.
 */
export async function readCaseFolder(folder: string, source: CaseSource, label: string, log: Log): Promise<LibraryEntry[]> {
  const out: LibraryEntry[] = []
  for (const locale of LOCALES) {
    const dir = join(folder, locale)
    const names = await readdir(dir).catch(() => [] as string[])
    for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
      const parsed = parseCaseFile(`${label}/${locale}/${name}`, await readFile(join(dir, name), 'utf8'))
      if (parsed.case) out.push({ doc: parsed.case, source })
      else log.warn(`case skipped: ${parsed.errors.map(formatProblem).join('; ')}`)
    }
  }
  return out
}

/** Writes a user case durably (temp file, fsync, rename, fsync of the folder). */
export async function writeCaseFile(folder: string, id: string, locale: Locale, text: string): Promise<void> {
  await mkdir(join(folder, locale), { recursive: true })
  await writeDurable(caseFilePath(folder, id, locale), text)
}
