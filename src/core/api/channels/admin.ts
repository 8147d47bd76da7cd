import { z } from 'zod'
import { channel } from '../define'
import { shortText } from '../common'

export const auditEntryOut = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  target: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  note: z.string().optional()
})
export type AuditEntryOut = z.infer<typeof auditEntryOut>

const auditFilter = z
  .object({
    action: shortText(60).optional(),
    actorId: shortText(80).optional(),
    target: shortText(200).optional(),
    limit: z.number().int().min(1).max(5000).optional()
  })
  .strict()

/** Administration: the audit log (read and export only — it is append-only from the app's side). */
export const adminChannels = {
  'audit.list': channel(auditFilter, z.array(auditEntryOut)),
  'audit.export': channel(auditFilter, z.object({ fileName: z.string(), csv: z.string() }))
}
