import { join } from 'node:path'
import type { CaseDetailOut, CaseDraftIn, CaseSearchOut, CaseSummaryOut } from '@core/api/channels/cases'
import type { ParsedInputOf } from '@core/api/contract'
import { maskPersonalText } from '@core/privacy/mask'
import type { SearchFilters } from '@core/search'
import { formatProblem, mayApprove, parseCaseFile, relatedCases, serializeCase, transition, type CaseAction, type CaseDoc } from '@core/cases'
import type { CaseStatus, Locale } from '@core/domain/enums'
import { ApiError, forbidden, invalid, notFound } from '../../api/errors'
import type { CallerUser } from '../../api/types'
import type { BaseServices } from '../base'
import { masksPersonalData } from '../privacy'
import { writeCaseFile } from './files'
import { CaseLibrary, caseKeyOf, type LibraryEntry } from './library'
import { auditView, detailOf, summaryOf } from './output'
import { historyKey, type CaseMeta, type CaseStores, type CaseVersion } from './store'

export type Actor = CallerUser
type StatusAction = Extract<CaseAction, 'submit' | 'approve' | 'return' | 'archive' | 'unarchive'>

/** Trainers and admins work with every status; everyone else reads published cases only. */
export const seesAllStatuses = (user: Actor | null): boolean => !!user?.roles.some((r) => r === 'trainer' || r === 'admin')

/** Where trainers' cases are written: `<dataDir>/cases/<locale>/<id>.md`. */
export const userCaseFolder = (dataDir: string): string => join(dataDir, 'cases')

/** The case library: the shipped cases (read-only) and the cases trainers write, with review and history. */
export class CaseLibraryService {
  readonly userFolder: string

  constructor(
    private readonly base: BaseServices,
    readonly library: CaseLibrary,
    private readonly stores: CaseStores
  ) {
    this.userFolder = userCaseFolder(base.paths.dataDir)
  }

  listPublished(): CaseDoc[] {
    return this.library.all().filter((e) => e.doc.status === 'published').map((e) => e.doc)
  }

  findPublished(id: string, locale: Locale): CaseDoc | undefined {
    const e = this.library.display(id, locale)
    return e?.doc.status === 'published' ? e.doc : undefined
  }

  search(input: ParsedInputOf<'cases.search'>, user: Actor | null): CaseSearchOut {
    const filters: SearchFilters = {}
    for (const [k, v] of Object.entries(input.filters)) if (v && v.length > 0) filters[k as keyof SearchFilters] = v
    if (!seesAllStatuses(user)) filters.status = ['published']
    const r = this.library.view(input.locale).search(input.query, { filters, limit: input.limit, offset: input.offset })
    const mask = this.mask(user)
    const parts = (ps: { text: string; match: boolean }[]) => (mask ? ps.map((p) => ({ text: maskPersonalText(p.text), match: p.match })) : ps)
    return {
      total: r.total,
      facets: r.facets,
      hits: r.hits.flatMap((h) => {
        const e = this.library.get(h.id, h.locale as Locale)
        return e ? [{ ...summaryOf(e, mask), titleParts: parts(h.highlights.titleParts), snippetParts: parts(h.highlights.snippetParts) }] : []
      })
    }
  }

  fileText(e: LibraryEntry): string {
    return serializeCase(e.doc)
  }

  mask(user: Actor | null): boolean {
    return masksPersonalData(this.base.settings, user)
  }

  /** A case the caller may read, in the locale asked for (or its zh-CN original); not-found otherwise. */
  visible(id: string, locale: Locale, user: Actor | null): LibraryEntry {
    const e = this.library.display(id, locale)
    if (!e || (!seesAllStatuses(user) && e.doc.status !== 'published')) throw notFound(`case "${id}"`)
    return e
  }

  detail(e: LibraryEntry, user: Actor | null, hasScenario: boolean): CaseDetailOut {
    const mask = this.mask(user)
    const pool = this.library
      .all()
      .filter((x) => x.doc.locale === e.doc.locale && x.doc.status === 'published' && (x.doc.locale === 'zh-CN' || this.library.get(x.doc.id, 'en')))
    const meta = e.source === 'user' && seesAllStatuses(user) ? this.metaOf(e.doc.id, e.doc.locale) : undefined
    return detailOf(e, mask, {
      locales: this.library.localesOf(e.doc.id),
      related: relatedCases(e.doc, pool.map((x) => x.doc)).map((d) => summaryOf(this.library.get(d.id, d.locale) as LibraryEntry, mask)),
      hasScenario,
      meta: meta
        ? {
            version: meta.version,
            authorName: meta.authorName,
            updatedAt: meta.updatedAt,
            updatedByName: meta.updatedByName,
            submittedByName: meta.submittedByName,
            reviewComment: meta.reviewComment,
            canApprove: !!user && e.doc.status === 'in-review' && mayApprove(user.id, meta)
          }
        : null
    })
  }

  metaOf(id: string, locale: Locale): CaseMeta | undefined {
    return this.stores.meta.data.cases[caseKeyOf(id, locale)]
  }

  /** A user case the caller may change; shipped cases are read-only (duplicate them to adapt). */
  private editable(id: string, locale: Locale): { entry: LibraryEntry; meta: CaseMeta } {
    const entry = this.library.get(id, locale)
    if (!entry) throw notFound(`case "${id}" (${locale})`)
    const meta = this.metaOf(id, locale)
    if (entry.source === 'shipped' || !meta)
      throw new ApiError('conflict', `"${id}" is part of the shipped library and cannot be changed; duplicate it to adapt it`)
    return { entry, meta }
  }

  async create(draft: CaseDraftIn, user: Actor, action: 'create' | 'import' = 'create'): Promise<LibraryEntry> {
    const taken = this.library.sourceOfId(draft.id)
    if (taken === 'shipped') throw new ApiError('conflict', `id "${draft.id}" is used by a shipped case; choose another id`)
    if (this.library.get(draft.id, draft.locale)) throw new ApiError('conflict', `a case "${draft.id}" (${draft.locale}) already exists`)
    return this.save(draft.id, draft.locale, this.textOf(draft, 'draft'), user, action, null)
  }

  async update(draft: CaseDraftIn, baseVersion: number, user: Actor): Promise<LibraryEntry> {
    const { entry, meta } = this.editable(draft.id, draft.locale)
    if (meta.version !== baseVersion)
      throw new ApiError('conflict', `${meta.updatedByName} saved a newer version (${meta.version}) since you opened it; reload to see it`)
    const next = this.check('update', entry.doc.status)
    return this.save(draft.id, draft.locale, this.textOf(draft, next), user, 'update', null, entry.doc)
  }

  async duplicate(id: string, locale: Locale, newId: string, user: Actor): Promise<LibraryEntry> {
    const source = this.visible(id, locale, user)
    const d = source.doc
    return this.create(
      { id: newId, locale: d.locale, title: d.title, category: d.category, channel: d.channel, priority: d.priority, tags: d.tags, standards: d.standards, summary: d.summary, body: d.body },
      user
    )
  }

  async setStatus(action: StatusAction, id: string, locale: Locale, user: Actor, comment?: string): Promise<LibraryEntry> {
    const { entry, meta } = this.editable(id, locale)
    const to = this.check(action, entry.doc.status)
    if (action === 'approve' && !mayApprove(user.id, meta))
      throw forbidden('a case is approved by someone other than the trainer who wrote or submitted it')
    const text = serializeCase({ ...entry.doc, status: to })
    return this.save(id, locale, text, user, action, comment ?? null, entry.doc)
  }

  async restoreVersion(id: string, locale: Locale, n: number, user: Actor): Promise<LibraryEntry> {
    const { entry } = this.editable(id, locale)
    const version = await this.version(id, locale, n)
    const parsed = parseCaseFile(`${id}.md`, version.text)
    if (!parsed.case) throw invalid(`version ${n} no longer validates: ${parsed.errors.map(formatProblem).join('; ')}`)
    const to = this.check('restore', entry.doc.status)
    return this.save(id, locale, serializeCase({ ...parsed.case, status: to }), user, 'restore', `restored version ${n}`, entry.doc)
  }

  async history(id: string, locale: Locale): Promise<CaseVersion[]> {
    this.editable(id, locale)
    const shard = await this.stores.history.shard(historyKey(id, locale))
    return [...shard.data.versions].reverse()
  }

  async version(id: string, locale: Locale, n: number): Promise<CaseVersion> {
    const v = (await this.history(id, locale)).find((x) => x.n === n)
    if (!v) throw notFound(`version ${n} of "${id}"`)
    return v
  }

  reviewQueue(): (CaseSummaryOut & { submittedByName: string | null; updatedAt: string })[] {
    return this.userEntries()
      .filter(({ entry }) => entry.doc.status === 'in-review')
      .map(({ entry, meta }) => ({ ...summaryOf(entry, false), submittedByName: meta.submittedByName, updatedAt: meta.updatedAt }))
  }

  mine(user: Actor): (CaseSummaryOut & { updatedAt: string; reviewComment: string | null })[] {
    return this.userEntries()
      .filter(({ meta }) => meta.authorId === user.id || meta.updatedById === user.id)
      .map(({ entry, meta }) => ({ ...summaryOf(entry, false), updatedAt: meta.updatedAt, reviewComment: meta.reviewComment }))
  }

  private userEntries(): { entry: LibraryEntry; meta: CaseMeta }[] {
    return Object.values(this.stores.meta.data.cases)
      .map((meta) => ({ meta, entry: this.library.get(meta.id, meta.locale) }))
      .filter((x): x is { meta: CaseMeta; entry: LibraryEntry } => !!x.entry)
      .sort((a, b) => b.meta.updatedAt.localeCompare(a.meta.updatedAt))
  }

  private check(action: CaseAction, current: CaseStatus): CaseStatus {
    const t = transition(action, current)
    if (!t.ok) throw new ApiError('conflict', t.reason)
    return t.to
  }

  textOf(draft: CaseDraftIn, status: CaseStatus): string {
    const body = draft.body.startsWith('\n') ? draft.body : `\n${draft.body}`
    return serializeCase({ ...draft, summary: draft.summary, status, body: body.endsWith('\n') ? body : `${body}\n` })
  }

  /**
   * Validates the text as `validate` would, writes the Markdown file durably, then the workflow state
   * and a history version, then the index and the audit log. A text with any error is refused whole.
   */
  private async save(id: string, locale: Locale, text: string, user: Actor, action: CaseAction, comment: string | null, before?: CaseDoc): Promise<LibraryEntry> {
    const parsed = parseCaseFile(`cases/${locale}/${id}.md`, text)
    if (!parsed.case) {
      const issues = parsed.errors.map((p) => ({ path: p.field, message: formatProblem(p) }))
      throw invalid(issues[0]?.message ?? 'the case does not validate', issues)
    }
    const doc = parsed.case
    const now = new Date().toISOString()
    const key = caseKeyOf(id, locale)
    const old = this.stores.meta.data.cases[key]
    const version = (old?.version ?? 0) + 1
    await this.base.data.write(() => writeCaseFile(this.userFolder, id, locale, text))
    const meta: CaseMeta = {
      id,
      locale,
      version,
      authorId: old?.authorId ?? user.id,
      authorName: old?.authorName ?? user.displayName,
      createdAt: old?.createdAt ?? now,
      updatedAt: now,
      // Status changes are not edits: the four-eyes rule looks at who wrote the text.
      updatedById: isEdit(action) || !old ? user.id : old.updatedById,
      updatedByName: isEdit(action) || !old ? user.displayName : old.updatedByName,
      submittedById: action === 'submit' ? user.id : action === 'approve' || action === 'return' || isEdit(action) ? null : (old?.submittedById ?? null),
      submittedByName: action === 'submit' ? user.displayName : action === 'approve' || action === 'return' || isEdit(action) ? null : (old?.submittedByName ?? null),
      reviewComment: action === 'return' || action === 'approve' ? comment : (old?.reviewComment ?? null)
    }
    await this.stores.meta.update((d) => {
      d.cases[key] = meta
    })
    const shard = await this.stores.history.shard(historyKey(id, locale))
    await shard.update((d) => {
      d.versions.push({ n: version, at: now, actorId: user.id, actorName: user.displayName, action, status: doc.status, comment, text })
    })
    const entry: LibraryEntry = { doc, source: 'user' }
    this.library.put(entry)
    await this.base.audit.record(user, `case.${action}`, `case:${key}`, {
      before: auditView(before),
      after: auditView(doc),
      ...(comment ? { note: comment } : {})
    })
    return entry
  }
}

function isEdit(action: CaseAction): boolean {
  return action === 'create' || action === 'update' || action === 'import' || action === 'restore'
}
