import { randomUUID } from 'node:crypto'
import type { AssignmentOut } from '@core/api/channels/incentives'
import type { Locale } from '@core/domain/enums'
import { invalid, notFound } from '../../api/errors'
import type { CallerUser } from '../../api/types'
import type { BaseServices } from '../base'
import type { CasesService } from '../cases'
import type { RoleplayService } from '../roleplay'
import type { IncentiveStores, StoredAssignment } from './store'

export interface AssignInput {
  userId: string
  items: { kind: 'case' | 'scenario'; caseId: string; locale: Locale }[]
  dueDate: string | null
  note: string
}

/** Today's calendar day in the configured time zone (due dates are calendar days there). */
function today(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/**
 * Training assignments: a trainer or manager assigns published cases or role-play scenarios to a
 * trainee account. A case is done when the trainee reads it and confirms (or marks it by hand); a
 * scenario is done by itself once a role-play session of that case finishes after the assignment.
 */
export class TrainingAssignments {
  constructor(
    private readonly base: BaseServices,
    private readonly stores: IncentiveStores,
    private readonly cases: CasesService,
    private readonly roleplay: RoleplayService
  ) {}

  out(a: StoredAssignment): AssignmentOut {
    const { assignedById: _by, sessionId: _s, ...rest } = a
    const overdue = a.status === 'open' && a.dueDate !== null && a.dueDate < today(this.base.settings.settings.timeZone)
    return { ...rest, overdue }
  }

  async assign(input: AssignInput, user: CallerUser): Promise<StoredAssignment[]> {
    const target = this.base.auth.find(input.userId)
    if (!target || !target.active) throw notFound(`account "${input.userId}"`)
    if (!target.roles.includes('trainee')) throw invalid('userId: training is assigned to trainee accounts', [{ path: 'userId', message: 'not a trainee account' }])
    const rows: StoredAssignment[] = []
    const existing = this.stores.training.data.assignments
    for (const [i, item] of input.items.entries()) {
      const doc = this.cases.findPublished(item.caseId, item.locale)
      if (!doc) throw invalid(`items.${i}.caseId: no published case "${item.caseId}"`, [{ path: `items.${i}.caseId`, message: 'not a published case' }])
      if (item.kind === 'scenario' && !this.roleplay.hasScenario(doc.id, doc.locale))
        throw invalid(`items.${i}.kind: case "${item.caseId}" has no role-play scenario`, [{ path: `items.${i}.kind`, message: 'no scenario for this case' }])
      // Assigning what is already open for them again changes nothing.
      const open = existing.find((a) => a.userId === target.id && a.kind === item.kind && a.caseId === doc.id && a.status === 'open')
      if (open || rows.some((r) => r.kind === item.kind && r.caseId === doc.id)) continue
      rows.push({
        id: randomUUID(), userId: target.id, userName: target.displayName, kind: item.kind, caseId: doc.id, locale: doc.locale,
        title: doc.title, note: input.note, dueDate: input.dueDate, assignedAt: new Date().toISOString(), assignedById: user.id,
        assignedByName: user.displayName, status: 'open', doneAt: null, doneHow: null, sessionId: null
      })
    }
    if (rows.length === 0) return []
    await this.stores.training.update((d) => {
      d.assignments.push(...rows)
    })
    await this.base.audit.record(user, 'training.assign', `user:${target.id}`, { after: rows.map((r) => this.out(r)) })
    return rows
  }

  /** Every assignment (trainers, managers), optionally one trainee's or one status; open ones first. */
  async list(filter: { userId?: string; status?: StoredAssignment['status'] }): Promise<StoredAssignment[]> {
    await this.sync(filter.userId)
    return this.sorted(this.stores.training.data.assignments.filter((a) => (!filter.userId || a.userId === filter.userId) && (!filter.status || a.status === filter.status)))
  }

  async mine(user: CallerUser): Promise<StoredAssignment[]> {
    await this.sync(user.id)
    return this.sorted(this.stores.training.data.assignments.filter((a) => a.userId === user.id && a.status !== 'cancelled'))
  }

  async complete(id: string, user: CallerUser): Promise<StoredAssignment> {
    const old = this.stores.training.data.assignments.find((a) => a.id === id)
    if (!old || old.userId !== user.id) throw notFound(`assignment "${id}"`)
    if (old.status !== 'open') return old
    return this.change(old, { status: 'done', doneAt: new Date().toISOString(), doneHow: old.kind === 'case' ? 'read' : 'manual' }, user, 'training.complete')
  }

  async cancel(id: string, user: CallerUser): Promise<StoredAssignment> {
    const old = this.stores.training.data.assignments.find((a) => a.id === id)
    if (!old) throw notFound(`assignment "${id}"`)
    if (old.status !== 'open') return old
    return this.change(old, { status: 'cancelled' }, user, 'training.cancel')
  }

  private async change(old: StoredAssignment, patch: Partial<StoredAssignment>, user: CallerUser | null, action: string): Promise<StoredAssignment> {
    const next = { ...old, ...patch }
    await this.stores.training.update((d) => {
      const i = d.assignments.findIndex((a) => a.id === old.id)
      d.assignments[i] = next
    })
    await this.base.audit.record(user, action, `assignment:${old.id}`, { before: this.out(old), after: this.out(next) })
    return next
  }

  /**
   * Marks open scenario assignments done when a session of that case finished after they were
   * assigned. Checked when assignments are read, so nothing in the role-play module has to call us.
   */
  private async sync(userId?: string): Promise<void> {
    const open = this.stores.training.data.assignments.filter((a) => a.kind === 'scenario' && a.status === 'open' && (!userId || a.userId === userId))
    if (open.length === 0) return
    const from = open.reduce((m, a) => (a.assignedAt < m ? a.assignedAt : m), open[0].assignedAt)
    const sessions = await this.roleplay.finishedSessions({ from, to: new Date(Date.now() + 1000).toISOString() })
    for (const a of open) {
      const s = sessions.find((x) => x.userId === a.userId && x.caseId === a.caseId && x.finishedAt >= a.assignedAt)
      if (s) await this.change(a, { status: 'done', doneAt: s.finishedAt, doneHow: 'session', sessionId: s.sessionId }, null, 'training.complete')
    }
  }

  private sorted(rows: StoredAssignment[]): StoredAssignment[] {
    const rank = { open: 0, done: 1, cancelled: 2 }
    return [...rows].sort((a, b) => rank[a.status] - rank[b.status] || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || b.assignedAt.localeCompare(a.assignedAt))
  }
}
