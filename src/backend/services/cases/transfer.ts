import { strToU8, zipSync } from 'fflate'
import type { CaseImportOut } from '@core/api/channels/cases'
import { formatProblem, parseCaseFile } from '@core/cases'
import type { Locale } from '@core/domain/enums'
import { ApiError } from '../../api/errors'
import type { Actor, CaseLibraryService } from './service'

/**
 * Imports case files: each file is checked on its own and saved whole or not at all. A file for a case
 * the user library already has becomes a new version of it; an id of a shipped case is refused.
 * Imported cases start as drafts, so they go through review like any other.
 */
export async function importCases(svc: CaseLibraryService, files: readonly { name: string; text: string }[], user: Actor): Promise<CaseImportOut> {
  const out: CaseImportOut = { imported: [], rejected: [] }
  const seen = new Set<string>()
  for (const f of files) {
    const base = f.name.split(/[\\/]/).pop() ?? f.name
    if (!base.toLowerCase().endsWith('.md')) {
      out.rejected.push({ file: f.name, problems: [`${f.name}: not a Markdown case file (.md)`] })
      continue
    }
    const parsed = parseCaseFile(f.name, f.text)
    if (!parsed.case) {
      out.rejected.push({ file: f.name, problems: parsed.errors.map(formatProblem) })
      continue
    }
    const d = parsed.case
    const key = `${d.locale}/${d.id}`
    if (seen.has(key)) {
      out.rejected.push({ file: f.name, problems: [`${f.name}:${parsed.keyLines.id ?? 1} id: "${d.id}" (${d.locale}) appears twice in this import`] })
      continue
    }
    seen.add(key)
    const draft = { id: d.id, locale: d.locale, title: d.title, category: d.category, channel: d.channel, priority: d.priority, tags: d.tags, standards: d.standards, summary: d.summary, body: d.body }
    try {
      const existing = svc.library.get(d.id, d.locale)
      if (existing?.source === 'user') {
        const meta = svc.metaOf(d.id, d.locale)
        await svc.update(draft, meta?.version ?? 1, user)
        out.imported.push({ file: f.name, id: d.id, locale: d.locale, updated: true })
      } else {
        await svc.create(draft, user, 'import')
        out.imported.push({ file: f.name, id: d.id, locale: d.locale, updated: false })
      }
    } catch (e) {
      if (!(e instanceof ApiError)) throw e
      out.rejected.push({ file: f.name, problems: [`${f.name}: ${e.message}`] })
    }
  }
  return out
}

/** Selected cases as one Markdown file (a single case) or a zip laid out like the library (`zh-CN/<id>.md`). */
export function exportCases(
  svc: CaseLibraryService,
  keys: readonly { id: string; locale: Locale }[],
  format: 'zip' | 'markdown',
  user: Actor
): { fileName: string; base64?: string; text?: string } {
  const files = keys.map(({ id, locale }) => {
    const e = svc.visible(id, locale, user)
    return { path: `${e.doc.locale}/${e.doc.id}.md`, text: svc.fileText(e) }
  })
  if (format === 'markdown') {
    if (files.length !== 1) throw new ApiError('invalid-input', 'keys: Markdown export takes one case; choose zip for several')
    return { fileName: files[0].path.split('/')[1], text: files[0].text }
  }
  const zipped = zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)])), { level: 6 })
  const stamp = new Date().toISOString().slice(0, 10)
  return { fileName: `cases-${stamp}.zip`, base64: Buffer.from(zipped).toString('base64') }
}
