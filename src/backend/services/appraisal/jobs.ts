import { randomUUID } from 'node:crypto'
import { goodRecords, type RecordList } from '@core/appraisal/good-rows'
import type { RowContext } from '@core/appraisal/rows'
import { ApiError, forbidden, notFound } from '../../api/errors'
import { parseRecordFile, type ParsedFile } from './parse'

// Import jobs: the file is read in chunks in the background and the renderer polls for progress, so a
// 100,000-row file never blocks the window; the user then commits the good rows or cancels.

export type JobState = 'parsing' | 'ready' | 'committing' | 'done' | 'failed' | 'cancelled'

export interface ImportJob {
  id: string
  ownerId: string
  fileName: string
  state: JobState
  fraction: number
  rows: number
  parsed: ParsedFile | null
  result: { inserted: number; updated: number; staffAdded: number } | null
  error: string | null
  touched: number
}

const KEEP_MS = 60 * 60_000
const MAX_JOBS = 20

export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>()

  start(bytes: Uint8Array, fileName: string, ownerId: string, ctx: RowContext): ImportJob {
    this.prune()
    if (this.jobs.size >= MAX_JOBS) throw new ApiError('conflict', 'too many imports in progress; finish or cancel one first')
    const job: ImportJob = { id: randomUUID(), ownerId, fileName, state: 'parsing', fraction: 0, rows: 0, parsed: null, result: null, error: null, touched: Date.now() }
    this.jobs.set(job.id, job)
    void parseRecordFile(bytes, fileName, ctx, {
      onProgress: (fraction, rows) => {
        job.fraction = fraction
        job.rows = rows
      },
      cancelled: () => job.state === 'cancelled'
    }).then((parsed) => {
      if (job.state !== 'parsing') return
      job.parsed = parsed
      job.rows = parsed.rows
      job.fraction = 1
      job.state = parsed.fileErrors.length > 0 ? 'failed' : 'ready'
      if (job.state === 'failed') job.error = parsed.fileErrors.join('; ')
    })
    return job
  }

  get(id: string, ownerId: string): ImportJob {
    const job = this.jobs.get(id)
    if (!job) throw notFound(`import ${id}`)
    // A job holds personal data from someone's file: only the person who started it sees it.
    if (job.ownerId !== ownerId) throw forbidden('this import was started by someone else')
    job.touched = Date.now()
    return job
  }

  /** Writes the good rows in the background; `write` reports progress 0–1. */
  commit(id: string, ownerId: string, write: (records: RecordList, progress: (f: number) => void) => Promise<ImportJob['result']>): ImportJob {
    const job = this.get(id, ownerId)
    if (job.state !== 'ready' || !job.parsed) throw new ApiError('conflict', `the import is ${job.state}, not ready to commit`)
    job.state = 'committing'
    job.fraction = 0
    // The rows stay compact: records are built a month at a time as they are written.
    const records = goodRecords(job.parsed.good)
    void write(records, (f) => (job.fraction = f)).then(
      (result) => {
        job.result = result
        job.state = 'done'
        job.fraction = 1
      },
      (e: unknown) => {
        job.state = 'failed'
        job.error = e instanceof Error ? e.message : String(e)
      }
    )
    return job
  }

  cancel(id: string, ownerId: string): ImportJob {
    const job = this.get(id, ownerId)
    if (job.state === 'committing') throw new ApiError('conflict', 'the import is being written; wait for it to finish')
    if (job.state === 'parsing' || job.state === 'ready') job.state = 'cancelled'
    job.parsed = null
    return job
  }

  private prune(): void {
    const now = Date.now()
    for (const [id, job] of this.jobs) if (now - job.touched > KEEP_MS && job.state !== 'committing') this.jobs.delete(id)
  }
}

