import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { DataDir } from '../storage'
import type { CallerUser } from '../api/types'

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** e.g. `case.update`, `account.create`, `records.import`, `settings.update`. */
  action: z.string(),
  /** What was changed, e.g. `case:safety-expired-milk`. */
  target: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  note: z.string().optional()
})
export type AuditEntry = z.infer<typeof auditEntrySchema>
const shardSchema = z.object({ entries: z.array(auditEntrySchema) })
type Shard = z.infer<typeof shardSchema>

const SPEC = { schema: shardSchema, version: 1, migrations: {}, defaults: (): Shard => ({ entries: [] }) }

/** Who changed what and when, with before/after. Append-only: the app has no channel that edits it. */
export class AuditService {
  private constructor(private dir: DataDir) {}

  static async open(dir: DataDir): Promise<AuditService> {
    return new AuditService(dir)
  }

  async record(
    actor: Pick<CallerUser, 'id' | 'displayName'> | null,
    action: string,
    target: string,
    change: { before?: unknown; after?: unknown; note?: string } = {}
  ): Promise<AuditEntry> {
    const at = new Date()
    const entry: AuditEntry = {
      id: randomUUID(),
      at: at.toISOString(),
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? null,
      action,
      target,
      ...change
    }
    const shard = await this.dir.collection<Shard>('audit', SPEC).shard(at.toISOString().slice(0, 7))
    await shard.update((d) => {
      d.entries.push(entry)
    })
    return entry
  }

  /** Newest first, optionally filtered; months are read newest first until `limit` is reached. */
  async list(filter: { action?: string; actorId?: string; target?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    const limit = filter.limit ?? 500
    const col = this.dir.collection<Shard>('audit', SPEC)
    const keys = (await col.keys()).sort().reverse()
    const out: AuditEntry[] = []
    for (const key of keys) {
      const shard = await col.shard(key)
      for (let i = shard.data.entries.length - 1; i >= 0 && out.length < limit; i--) {
        const e = shard.data.entries[i]
        if (filter.action && !e.action.startsWith(filter.action)) continue
        if (filter.actorId && e.actorId !== filter.actorId) continue
        if (filter.target && e.target !== filter.target) continue
        out.push(e)
      }
      if (out.length >= limit) break
    }
    return out
  }
}
