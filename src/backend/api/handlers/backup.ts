import { ArchiveError } from '../../storage'
import { ApiError } from '../errors'
import type { HandlerTable } from '../types'
import type { BackupEntryOut } from '@core/api/channels/admin'

type BackupChannels = 'backup.list' | 'backup.runNow' | 'backup.export' | 'backup.restore'

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')

/** Whole-folder backups for administrators (docs/storage.md, "Admin backup and restore"). */
export const backupHandlers: HandlerTable<BackupChannels> = {
  'backup.list': async (_input, { services }) => {
    const archives = (await services.data.backup.listBackups()).filter((b) => b.kind === 'archive')
    return {
      archives,
      everyHours: services.settings.settings.storage.archiveEveryHours,
      keepArchives: services.data.backup.policy.keepArchives
    }
  },
  'backup.runNow': async (_input, { services, user }) => {
    const path = await services.data.backup.runScheduled()
    const entry = (await services.data.backup.listBackups()).find((b) => b.path === path)
    await services.audit.record(user, 'backup.create', path)
    return entry ?? ({ file: '*', kind: 'archive', path, size: 0, at: new Date().toISOString() } satisfies BackupEntryOut)
  },
  'backup.export': async (_input, { services, user }) => {
    await services.data.backup.flush()
    const bytes = await services.data.backup.exportArchive()
    await services.audit.record(user, 'backup.export', 'data', { note: `${bytes.length} bytes` })
    return { fileName: `complaint-coach-backup-${stamp()}.zip`, base64: Buffer.from(bytes).toString('base64') }
  },
  'backup.restore': async ({ fileName, base64 }, { services, user }) => {
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'))
    let result
    try {
      result = await services.data.backup.restoreArchive(bytes)
    } catch (e) {
      // Nothing was replaced: the archive is refused with the entry and the reason.
      if (e instanceof ArchiveError) throw new ApiError('invalid-input', `${fileName}: ${e.message}`)
      throw e
    }
    // The audit log itself was replaced by the archive's; the restore is recorded in the restored log.
    await services.lifecycle.reopen()
    await services.audit.record(user, 'backup.restore', fileName, { note: `${result.files.length} files; previous data kept in ${result.previous}` })
    return { files: result.files.length, previous: result.previous }
  }
}
