import { readFileSync } from 'node:fs'
import type { ImportOut } from '../../../src/core/api/channels/appraisal'
import type { TestBackend } from '../../helpers/backend'

export const EN_HEADER = 'ticket_id,staff_id,staff_name,channel,category,priority,received_at,first_response_at,resolved_at,status,satisfaction,root_cause'

/** Starts an import of a file on disk and polls until it is no longer parsing. */
export async function importFile(tb: TestBackend, session: string, path: string, name = path.split('/').pop() ?? 'f'): Promise<ImportOut> {
  const base64 = readFileSync(path).toString('base64')
  const r = await tb.call<ImportOut>('appraisal.import.start', { fileName: name, base64 }, session)
  if (!r.ok) throw new Error(r.message)
  return waitWhile(tb, session, r.data.jobId, 'parsing')
}

export async function waitWhile(tb: TestBackend, session: string, jobId: string, state: ImportOut['state']): Promise<ImportOut> {
  for (let i = 0; i < 2000; i++) {
    const p = await tb.call<ImportOut>('appraisal.import.progress', { jobId }, session)
    if (!p.ok) throw new Error(p.message)
    if (p.data.state !== state) return p.data
    await new Promise((r) => setTimeout(r, 10))
  }
  throw new Error('import did not finish')
}

export async function commit(tb: TestBackend, session: string, jobId: string): Promise<ImportOut> {
  const r = await tb.call<ImportOut>('appraisal.import.commit', { jobId }, session)
  if (!r.ok) throw new Error(r.message)
  return waitWhile(tb, session, jobId, 'committing')
}
