// `npm run bench [-- --quick] [--only search|storage|startup|appraisal] [--rounds N] [--seed N]`
// Runs each comparison (ours and the alternative in this one process), prints the table and writes
// bench/results.json. Figures are wall-clock medians; the machine is shared, so the load is recorded.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { tableOf, type BenchContext, type Row } from './lib/report'
import { BENCHES } from './benches'

const ROOT = resolve(import.meta.dirname, '..')

interface Args {
  quick: boolean
  only: string[]
  rounds: number
  seed: number
  out: string
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { quick: false, only: [], rounds: 5, seed: 20261202, out: resolve(ROOT, 'bench/results.json') }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`bench: ${a} needs a value`)
      return v
    }
    if (a === '--quick') args.quick = true
    else if (a === '--only') args.only.push(...value().split(','))
    else if (a === '--rounds') args.rounds = Number(value())
    else if (a === '--seed') args.seed = Number(value())
    else if (a === '--out') args.out = resolve(value())
    else throw new Error(`bench: unknown argument ${a}`)
  }
  if (args.quick) args.rounds = 1
  const unknown = args.only.filter((n) => !(n in BENCHES))
  if (unknown.length) throw new Error(`bench: no bench named ${unknown.join(', ')} (have ${Object.keys(BENCHES).join(', ')})`)
  return args
}

const machine = (): Record<string, unknown> => ({
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  loadavg: loadavg().map((l) => Number(l.toFixed(2)))
})

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const ctx: BenchContext = { quick: args.quick, rounds: args.rounds, seed: args.seed, log: (l) => console.log(l) }
  const names = args.only.length ? args.only : Object.keys(BENCHES)
  const startedAt = new Date().toISOString()
  const loadBefore = machine()
  const rows: Row[] = []
  const details: Record<string, unknown> = {}
  for (const name of names) {
    console.log(`\n== ${name} (${args.quick ? 'quick' : 'full'}, load ${loadavg()[0].toFixed(1)})`)
    const loadAtStart = loadavg()[0]
    const ranAt = new Date().toISOString()
    const out = await BENCHES[name](ctx)
    rows.push(...out.rows)
    // Per bench, since `--only` runs are merged into one results file.
    details[name] = { ranAt, mode: args.quick ? 'quick' : 'full', loadavg1m: [loadAtStart, loadavg()[0]].map((l) => Number(l.toFixed(2))), ...(out.details as object) }
  }
  // `--only` refreshes those benches' rows and keeps the others of the last run.
  if (args.only.length && existsSync(args.out)) {
    const last = JSON.parse(readFileSync(args.out, 'utf8')) as { rows?: Row[]; details?: Record<string, unknown> }
    const kept = (last.rows ?? []).filter((r) => !names.includes(r.bench))
    rows.unshift(...kept)
    for (const [k, v] of Object.entries(last.details ?? {})) if (!names.includes(k)) details[k] = v
    rows.sort((a, b) => Object.keys(BENCHES).indexOf(a.bench) - Object.keys(BENCHES).indexOf(b.bench))
  }
  const table = tableOf(rows)
  console.log(`\n${table}\n`)
  const results = {
    startedAt,
    finishedAt: new Date().toISOString(),
    mode: args.quick ? 'quick' : 'full',
    rounds: args.rounds,
    seed: args.seed,
    machine: { ...loadBefore, loadavgAtEnd: loadavg().map((l) => Number(l.toFixed(2))) },
    rows,
    details,
    table
  }
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`)
  console.log(`wrote ${args.out}`)
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
