// One measurement in a fresh process, so its time and peak RSS are its own:
//   node bin/run-ts.mjs bench/appraisal/child.ts <task> <path> [dataDir]
// Prints one JSON line: { ms, cpuMs, maxRssMb, count }.
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { openDataDir } from '../../src/backend/storage'
import { RecordRepo } from '../../src/backend/services/appraisal/records'
import { parseRecordFile } from '../../src/backend/services/appraisal/parse'
import { goodRecords } from '../../src/core/appraisal/good-rows'

const [task, path, dataDir] = process.argv.slice(2)

async function run(): Promise<number> {
  switch (task) {
    case 'load-ours': {
      // Ready = every month read and the ticket index built (what an import or edit needs first).
      const data = await openDataDir(path, { appName: 'complaint-coach' })
      const n = (await new RecordRepo(data).ticketIndex()).size
      await data.release()
      return n
    }
    case 'load-json':
      return (JSON.parse(readFileSync(path, 'utf8')) as { records: unknown[] }).records.length
    case 'papaparse': {
      // The baseline: papaparse streaming the file from disk, rows counted, nothing checked or stored.
      const { createReadStream } = await import('node:fs')
      let rows = 0
      await new Promise<void>((resolve, reject) => {
        Papa.parse(createReadStream(path), { step: () => void rows++, complete: () => resolve(), error: reject })
      })
      return rows - 1
    }
    case 'import-ours': {
      const parsed = await parseRecordFile(readFileSync(path), path, { zone: 'Asia/Shanghai' })
      if (parsed.fileErrors.length) throw new Error(parsed.fileErrors.join('; '))
      const data = await openDataDir(dataDir, { appName: 'complaint-coach' })
      // As the app commits a job: the compact rows, records built a month at a time.
      const r = await new RecordRepo(data).upsert(goodRecords(parsed.good))
      await data.release()
      return r.inserted + r.updated
    }
    default:
      throw new Error(`bench child: unknown task ${task}`)
  }
}

const c0 = process.cpuUsage()
const t0 = performance.now()
const count = await run()
const ms = performance.now() - t0
const c = process.cpuUsage(c0)
console.log(JSON.stringify({ ms, cpuMs: (c.user + c.system) / 1000, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), count }))
