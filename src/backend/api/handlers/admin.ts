import { toCsv } from '@core/csv/write'
import type { HandlerTable } from '../types'
import type { adminChannels } from '@core/api/channels/admin'
import { backupHandlers } from './backup'

/** Handlers of the admin module's channels. */
export const adminHandlers: HandlerTable<keyof typeof adminChannels> = {
  'audit.list': (input, { services }) => services.audit.list(input),
  'audit.export': async (input, { services }) => {
    const entries = await services.audit.list({ ...input, limit: input.limit ?? 5000 })
    const csv = toCsv(
      ['at', 'actor', 'action', 'target', 'before', 'after', 'note'],
      entries.map((e) => [e.at, e.actorName ?? '', e.action, e.target, e.before, e.after, e.note ?? ''])
    )
    return { fileName: `audit-${new Date().toISOString().slice(0, 10)}.csv`, csv }
  },
  ...backupHandlers
}
