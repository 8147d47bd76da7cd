import { generateCorpus, type PlantedQuery } from '../data/cases'
import { metBelow, type BenchContext, type Row } from '../lib/report'
import { collect, median, p95, timeSync } from '../lib/stats'
import { FuseSide, MiniSearchSide, OurEngine, SubstringScan, type SearchSide } from './sides'

export interface SideResult {
  side: string
  p50: number
  p95: number
  p95zh: number
  p95Cpu: number
  p95zhCpu: number
  /** Queries whose target is in the first 10 hits. */
  top10: number
  buildMs: number | null
  buildCpuMs: number | null
  /** Persisted text → searchable index, plus its first query (so nothing deferred is left out). */
  loadMs: number | null
  loadCpuMs: number | null
  /** Query count measured (Fuse is sampled: a query takes seconds). */
  measured: number
  /** Per query: the first 10 ids (from the last round). */
  hits: string[][]
}

const TOP = 10

/** Per round: every query once; per query its median over rounds; then p50/p95 over queries. */
type Timings = Omit<SideResult, 'buildMs' | 'buildCpuMs' | 'loadMs' | 'loadCpuMs' | 'side'>

function measureQueries(side: SearchSide, queries: readonly PlantedQuery[], rounds: number): Timings {
  for (const q of queries) side.search(q.query, TOP) // warm-up
  const perQuery: number[][] = queries.map(() => [])
  const perQueryCpu: number[][] = queries.map(() => [])
  let hits: string[][] = []
  for (let r = 0; r < rounds; r++) {
    collect()
    hits = queries.map((q, k) => {
      const { ms, cpuMs, value } = timeSync(() => side.search(q.query, TOP))
      perQuery[k].push(ms)
      perQueryCpu[k].push(cpuMs)
      return value
    })
  }
  const med = perQuery.map(median)
  const medCpu = perQueryCpu.map(median)
  const zh = (m: number[]): number[] => m.filter((_, k) => queries[k].kind === 'zh')
  return {
    p50: median(med),
    p95: p95(med),
    p95zh: zh(med).length ? p95(zh(med)) : Number.NaN,
    p95Cpu: p95(medCpu),
    p95zhCpu: zh(medCpu).length ? p95(zh(medCpu)) : Number.NaN,
    top10: queries.filter((q, k) => hits[k].includes(q.target)).length,
    measured: queries.length,
    hits
  }
}

function buildTimed(side: SearchSide, docs: Parameters<SearchSide['build']>[0], times: number): { ms: number; cpuMs: number } {
  const ms: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < times; i++) {
    collect()
    const t = timeSync(() => side.build(docs))
    ms.push(t.ms)
    cpu.push(t.cpuMs)
  }
  return { ms: median(ms), cpuMs: median(cpu) }
}

function loadTimed(side: SearchSide, times: number, probe: string): { ms: number | null; cpuMs: number | null } {
  if (!side.save || !side.load) return { ms: null, cpuMs: null }
  const text = side.save()
  const ms: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < times; i++) {
    collect()
    const t = timeSync(() => {
      side.load?.(text)
      side.search(probe, TOP)
    })
    ms.push(t.ms)
    cpu.push(t.cpuMs)
  }
  return { ms: median(ms), cpuMs: median(cpu) }
}

export interface SearchBenchOutput {
  rows: Row[]
  sides: SideResult[]
  queries: PlantedQuery[]
  /** Every hit of the substring scan per query (for agreement checks). */
  substringAll: string[][]
}

export function runSearchBench(ctx: BenchContext, opts: { count?: number; fuseQueries?: number } = {}): SearchBenchOutput {
  const count = opts.count ?? (ctx.quick ? 1500 : 10_000)
  const t = timeSync(() => generateCorpus({ seed: ctx.seed, count }))
  const { docs, queries } = t.value
  ctx.log(`search: generated ${docs.length} cases in ${t.ms.toFixed(0)} ms`)
  const buildRounds = ctx.quick ? 1 : 3
  const results: SideResult[] = []

  const run = (side: SearchSide, qs: readonly PlantedQuery[], rounds: number, builds: number): SideResult => {
    const build = buildTimed(side, docs, builds)
    const load = loadTimed(side, builds, qs[0].query)
    const m = measureQueries(side, qs, rounds)
    ctx.log(`search: ${side.name}: build ${build.ms.toFixed(0)} ms, p95 ${m.p95.toFixed(2)} ms, top10 ${m.top10}/${qs.length}`)
    return { side: side.name, buildMs: build.ms, buildCpuMs: build.cpuMs, loadMs: load.ms, loadCpuMs: load.cpuMs, ...m }
  }

  results.push(run(new OurEngine(), queries, ctx.rounds, buildRounds))
  const scan = new SubstringScan()
  results.push(run(scan, queries, ctx.rounds, 1))
  const substringAll = queries.map((q) => scan.all(q.query))
  results.push(run(new MiniSearchSide(), queries, ctx.rounds, 1))
  // Fuse takes seconds per query over 10,000 long cases: a spread sample, one round.
  const fuseN = Math.min(queries.length, opts.fuseQueries ?? (ctx.quick ? 5 : 10))
  const fuseQs = queries.filter((_, k) => k % Math.floor(queries.length / fuseN) === 0).slice(0, fuseN)
  results.push(run(new FuseSide(), fuseQs, 1, 1))

  return { rows: rowsOf(results, count, queries.length), sides: results, queries, substringAll }
}

function rowsOf(r: SideResult[], count: number, nq: number): Row[] {
  const [ours, scan, mini, fuse] = r
  const scale = `${count.toLocaleString('en')} cases`
  const latency = (alt: SideResult, note?: string): Row => ({
    bench: 'search',
    figure: 'search p95 latency',
    scale,
    ours: ours.p95,
    oursCpu: ours.p95Cpu,
    alternative: alt.side,
    theirs: alt.p95,
    theirsCpu: alt.p95Cpu,
    unit: 'ms',
    better: 'lower',
    goal: '< 5 ms',
    met: metBelow(ours.p95, ours.p95Cpu, 5),
    note
  })
  const found = (alt: SideResult): Row => ({
    bench: 'search',
    figure: `target in top 10 (of ${nq})`,
    scale,
    ours: ours.top10,
    alternative: alt.side + (alt.measured < nq ? ` (${alt.top10}/${alt.measured} sampled)` : ''),
    theirs: alt.measured < nq ? null : alt.top10,
    unit: 'count',
    better: 'higher',
    goal: '≥ 95 %',
    met: ours.top10 >= Math.ceil(0.95 * nq)
  })
  return [
    latency(mini),
    {
      ...latency(mini),
      figure: 'search p95 latency, zh queries',
      ours: ours.p95zh,
      oursCpu: ours.p95zhCpu,
      theirs: mini.p95zh,
      theirsCpu: mini.p95zhCpu,
      met: metBelow(ours.p95zh, ours.p95zhCpu, 5)
    },
    latency(scan),
    latency(fuse, `Fuse: ${fuse.measured} of ${nq} queries, 1 round`),
    found(mini),
    found(scan),
    found(fuse),
    {
      bench: 'search',
      figure: 'index build',
      scale,
      ours: ours.buildMs,
      oursCpu: ours.buildCpuMs,
      alternative: mini.side,
      theirs: mini.buildMs,
      theirsCpu: mini.buildCpuMs,
      unit: 'ms',
      better: 'lower',
      goal: '< 2 s',
      met: metBelow(ours.buildMs, ours.buildCpuMs, 2000)
    },
    {
      bench: 'search',
      figure: 'persisted index ready (JSON text → first query answered)',
      scale,
      ours: ours.loadMs,
      oursCpu: ours.loadCpuMs,
      alternative: `${mini.side} loadJSON`,
      theirs: mini.loadMs,
      theirsCpu: mini.loadCpuMs,
      unit: 'ms',
      better: 'lower',
      goal: '< 0.5 s',
      met: metBelow(ours.loadMs, ours.loadCpuMs, 500)
    }
  ]
}
