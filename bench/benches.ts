import { runAppraisalBench } from './appraisal/run'
import type { BenchContext, Row } from './lib/report'
import { runSearchBench } from './search/run'
import { runStartupBench } from './startup/run'
import { runStorageBench } from './storage/run'

export interface BenchOutput {
  rows: Row[]
  /** Extra figures for results.json (per-side numbers, scale, notes). */
  details: unknown
}

/** Every bench by the name `--only` takes. */
export const BENCHES: Record<string, (ctx: BenchContext) => Promise<BenchOutput>> = {
  search: async (ctx) => {
    const out = runSearchBench(ctx)
    return {
      rows: out.rows,
      details: {
        sides: out.sides.map(({ hits: _hits, ...s }) => s),
        missedByOurs: out.queries.filter((q, k) => !out.sides[0].hits[k].includes(q.target)).map((q) => q.query)
      }
    }
  },
  storage: async (ctx) => {
    const out = await runStorageBench(ctx)
    return { rows: out.rows, details: out.details }
  },
  startup: (ctx) => runStartupBench(ctx),
  appraisal: async (ctx) => {
    const out = await runAppraisalBench(ctx)
    return { rows: out.rows, details: out.details }
  }
}
