import { randomUUID } from 'node:crypto'
import type { SpecialDraftIn, SpecialOut } from '@core/api/channels/incentives'
import type { ComplaintRecord } from '@core/appraisal/types'
import type { Category } from '@core/domain/enums'
import { applyClaims, normalizeJudgements, scoreSpecial, type StandardEvidence, type StandardJudgement, type StandardResult } from '@core/incentives'
import type { StandardId } from '@core/standards/standards'
import { ApiError, forbidden, invalid, notFound } from '../../api/errors'
import type { CallerUser } from '../../api/types'
import type { AppraisalService } from '../appraisal'
import type { BaseServices } from '../base'
import type { IncentiveStores, StoredSpecial } from './store'

/** Managers (and admins, as everywhere in the permission table) see every special appraisal. */
export const seesAllAppraisals = (user: CallerUser): boolean => user.roles.some((r) => r === 'manager' || r === 'admin')

const isOwn = (user: CallerUser, rec: StoredSpecial): boolean => user.staffId !== null && user.staffId === rec.staffId

export function specialOut(r: StoredSpecial): SpecialOut {
  const d = r.dispute
  return {
    id: r.id, staffId: r.staffId, staffName: r.staffName, ticketIds: r.ticketIds, title: r.title, description: r.description,
    category: r.category, judgements: r.judgements, score: r.score, version: r.version, createdAt: r.createdAt,
    createdByName: r.createdByName, updatedAt: r.updatedAt, updatedByName: r.updatedByName,
    dispute: d
      ? { comment: d.comment, claims: d.claims, at: d.at, byId: d.byId, byName: d.byName, status: d.status, before: d.before,
          reply: d.reply, resolvedAt: d.resolvedAt, resolvedByName: d.resolvedByName, after: d.after }
      : null
  }
}

/** Special appraisals (专项考核) of major incidents, scored on the role-play scorecard, with one dispute each. */
export class SpecialAppraisals {
  constructor(
    private readonly base: BaseServices,
    private readonly stores: IncentiveStores,
    private readonly appraisal: AppraisalService
  ) {}

  private all(): StoredSpecial[] {
    return this.stores.special.data.appraisals
  }

  private find(id: string, user: CallerUser): StoredSpecial {
    const rec = this.all().find((r) => r.id === id)
    // Someone else's appraisal reads as not found, so ids cannot be probed.
    if (!rec || (!seesAllAppraisals(user) && !isOwn(user, rec))) throw notFound(`special appraisal "${id}"`)
    return rec
  }

  list(user: CallerUser, staffId?: string): SpecialOut[] {
    const mine = seesAllAppraisals(user) ? this.all() : this.all().filter((r) => isOwn(user, r))
    return mine
      .filter((r) => !staffId || r.staffId === staffId)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map(specialOut)
  }

  async get(id: string, user: CallerUser): Promise<{ rec: StoredSpecial; tickets: ComplaintRecord[] }> {
    const rec = this.find(id, user)
    return { rec, tickets: await this.appraisal.tickets(rec.ticketIds) }
  }

  /** Judgements scored with the rubric in force; a safety incident makes `classify` critical. */
  private score(judgements: readonly StandardJudgement[], category: Category | null) {
    const rubric = this.base.standards.rubric()
    const normal = normalizeJudgements(judgements, rubric)
    return { judgements: normal, score: scoreSpecial(normal, rubric, { safety: category === 'safety' }) }
  }

  /** Checks the tickets against the records: a known ticket must be the staff member's own. */
  private async incident(draft: SpecialDraftIn): Promise<{ staffName: string; category: Category | null; ticketIds: string[] }> {
    const ticketIds = [...new Set(draft.ticketIds)]
    const known = await this.appraisal.tickets(ticketIds)
    const other = known.find((t) => t.staffId !== draft.staffId)
    if (other)
      throw invalid(`ticketIds: ticket "${other.ticketId}" was handled by ${other.staffId}, not ${draft.staffId}`, [
        { path: 'ticketIds', message: `ticket "${other.ticketId}" belongs to ${other.staffId}` }
      ])
    const category = draft.category ?? (known.some((t) => t.category === 'safety') ? 'safety' : (known[0]?.category ?? null))
    const roster = (await this.appraisal.roster()).find((m) => m.staffId === draft.staffId)
    const staffName = draft.staffName || roster?.name || known[0]?.staffName || draft.staffId
    return { staffName, category, ticketIds }
  }

  async create(draft: SpecialDraftIn, user: CallerUser): Promise<StoredSpecial> {
    const inc = await this.incident(draft)
    const now = new Date().toISOString()
    const rec: StoredSpecial = {
      id: randomUUID(), staffId: draft.staffId, ...inc, title: draft.title, description: draft.description,
      ...this.score(draft.judgements, inc.category), version: 1, createdAt: now, createdById: user.id,
      createdByName: user.displayName, updatedAt: now, updatedById: user.id, updatedByName: user.displayName, dispute: null
    }
    await this.stores.special.update((d) => {
      d.appraisals.push(rec)
    })
    await this.base.audit.record(user, 'special.create', `special:${rec.id}`, { after: specialOut(rec) })
    return rec
  }

  async update(id: string, baseVersion: number, draft: SpecialDraftIn, user: CallerUser): Promise<StoredSpecial> {
    const old = this.find(id, user)
    if (old.version !== baseVersion)
      throw new ApiError('conflict', `${old.updatedByName} saved a newer version (${old.version}) since you opened it; reload to see it`)
    // After a dispute the record is settled through the dispute, so the original, the claim and the
    // resolution stay consistent.
    if (old.dispute) throw new ApiError('conflict', 'this appraisal has been disputed; change it by resolving the dispute')
    const inc = await this.incident(draft)
    const next: StoredSpecial = {
      ...old, staffId: draft.staffId, ...inc, title: draft.title, description: draft.description,
      ...this.score(draft.judgements, inc.category), version: old.version + 1,
      updatedAt: new Date().toISOString(), updatedById: user.id, updatedByName: user.displayName
    }
    await this.replace(next)
    await this.base.audit.record(user, 'special.update', `special:${id}`, { before: specialOut(old), after: specialOut(next) })
    return next
  }

  async dispute(id: string, comment: string, claims: { standard: StandardId; result: StandardResult }[], user: CallerUser): Promise<StoredSpecial> {
    const old = this.find(id, user)
    if (!isOwn(user, old)) throw forbidden('only the staff member appraised may dispute it')
    if (old.dispute) throw new ApiError('conflict', 'this appraisal has already been disputed (one dispute per appraisal)')
    const next: StoredSpecial = {
      ...old,
      version: old.version + 1,
      dispute: {
        comment, claims, at: new Date().toISOString(), byId: user.id, byName: user.displayName, status: 'open',
        before: { judgements: old.judgements, score: old.score },
        reply: null, resolvedAt: null, resolvedById: null, resolvedByName: null, after: null
      }
    }
    await this.replace(next)
    await this.base.audit.record(user, 'special.dispute', `special:${id}`, { before: specialOut(old), after: specialOut(next) })
    return next
  }

  async resolve(
    id: string,
    input: { decision: 'accept' | 'adjust' | 'reject'; reply: string; judgements?: StandardJudgement[] },
    user: CallerUser
  ): Promise<StoredSpecial> {
    const old = this.find(id, user)
    const d = old.dispute
    if (!d || d.status !== 'open') throw new ApiError('conflict', 'this appraisal has no open dispute')
    if (input.decision === 'adjust' && !input.judgements) throw invalid('judgements: an adjustment needs the revised judgements', [{ path: 'judgements', message: 'required to adjust' }])
    const revised =
      input.decision === 'accept'
        ? this.score(applyClaims(old.judgements, d.claims), old.category)
        : input.decision === 'adjust'
          ? this.score(input.judgements ?? [], old.category)
          : null
    const now = new Date().toISOString()
    const status = input.decision === 'accept' ? 'accepted' : input.decision === 'adjust' ? 'adjusted' : 'rejected'
    const next: StoredSpecial = {
      ...old,
      ...(revised ?? {}),
      version: old.version + 1,
      updatedAt: now, updatedById: user.id, updatedByName: user.displayName,
      dispute: { ...d, status, reply: input.reply, resolvedAt: now, resolvedById: user.id, resolvedByName: user.displayName, after: revised }
    }
    await this.replace(next)
    await this.base.audit.record(user, 'special.resolveDispute', `special:${id}`, { before: specialOut(old), after: specialOut(next) })
    return next
  }

  private async replace(next: StoredSpecial): Promise<void> {
    await this.stores.special.update((d) => {
      const i = d.appraisals.findIndex((r) => r.id === next.id)
      d.appraisals[i] = next
    })
  }

  /** Per-standard scores of a staff member's appraisals created in [from, to) (ISO instants), for training plans. */
  evidence(staffId: string, range?: { from: string; to: string }): StandardEvidence[] {
    return this.all()
      .filter((r) => r.staffId === staffId && (!range || (r.createdAt >= range.from && r.createdAt < range.to)))
      .map((r) => r.score.standards)
  }
}
