import { z } from 'zod'
import { channel } from '../define'
import { empty, shortText } from '../common'

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

export const backupEntryOut = z.object({
  file: z.string(),
  kind: z.enum(['version', 'daily', 'archive']),
  path: z.string(),
  size: z.number(),
  at: z.string()
})
export type BackupEntryOut = z.infer<typeof backupEntryOut>

/** An archive travels as base64 in JSON; 48 MB of archive fits the HTTP server's 64 MB body limit. */
export const MAX_ARCHIVE_BASE64 = 64_000_000

/** Administration: the audit log (read and export only — it is append-only from the app's side) and backups. */
export const adminChannels = {
  'audit.list': channel(auditFilter, z.array(auditEntryOut)),
  'audit.export': channel(auditFilter, z.object({ fileName: z.string(), csv: z.string() })),
  /** Whole-folder archives (scheduled and manual), newest first, and when the schedule runs. */
  'backup.list': channel(
    empty,
    z.object({ archives: z.array(backupEntryOut), everyHours: z.number(), keepArchives: z.number() })
  ),
  /** Writes an archive into the backups folder now. */
  'backup.runNow': channel(empty, backupEntryOut),
  /** The whole data folder as one zip, to save elsewhere. */
  'backup.export': channel(empty, z.object({ fileName: z.string(), base64: z.string() })),
  /** Replaces the data folder with an archive, after checking every file in it; everyone signs in again. */
  'backup.restore': channel(
    z.object({ fileName: shortText(260), base64: z.string().min(1).max(MAX_ARCHIVE_BASE64) }).strict(),
    z.object({ files: z.number(), previous: z.string() })
  )
}
