/** One line of the results table: a figure of ours next to the same figure of the alternative. */
export interface Row {
  bench: string
  figure: string
  scale: string
  ours: number | null
  alternative: string
  theirs: number | null
  unit: string
  /** Lower is better for times and sizes; higher for counts of found targets. */
  better: 'lower' | 'higher'
  goal: string
  /** Judged on the wall-clock figure; 'cpu' when only the CPU-time figure meets the goal (machine busy). */
  met: boolean | 'cpu' | null
  /** The same figures in this process's CPU time, where measured. */
  oursCpu?: number | null
  theirsCpu?: number | null
  note?: string
}

/** Whether a lower-is-better figure meets `limit`, falling back to its CPU time on a busy machine. */
export function metBelow(wall: number | null, cpu: number | null | undefined, limit: number): boolean | 'cpu' | null {
  if (wall === null || Number.isNaN(wall)) return null
  if (wall < limit) return true
  return cpu !== undefined && cpu !== null && cpu < limit ? 'cpu' : false
}

export interface BenchContext {
  quick: boolean
  rounds: number
  seed: number
  log: (line: string) => void
}

const num = (v: number): string => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2))

const fmt = (v: number | null, unit: string, cpu?: number | null): string => {
  if (v === null || Number.isNaN(v)) return '—'
  const main = unit === 'count' ? String(v) : `${num(v)} ${unit}`
  return cpu === undefined || cpu === null || Number.isNaN(cpu) ? main : `${main} (cpu ${num(cpu)})`
}

/** How many times better ours is (>1 = ours better). */
export function ratioOf(r: Row): number | null {
  if (r.ours === null || r.theirs === null || r.ours === 0 || r.theirs === 0) return null
  return r.better === 'lower' ? r.theirs / r.ours : r.ours / r.theirs
}

export function tableOf(rows: readonly Row[]): string {
  const head = ['figure', 'scale', 'ours', 'alternative', 'theirs', 'ratio', 'goal', 'met?']
  const lines = rows.map((r) => {
    const ratio = ratioOf(r)
    return [
      r.figure,
      r.scale,
      fmt(r.ours, r.unit, r.oursCpu),
      r.alternative,
      fmt(r.theirs, r.unit, r.theirsCpu),
      ratio === null ? '—' : `${ratio >= 10 ? ratio.toFixed(0) : ratio >= 0.1 ? ratio.toFixed(1) : ratio.toFixed(2)}×`,
      r.goal,
      r.met === null ? '—' : r.met === 'cpu' ? 'cpu only' : r.met ? 'yes' : 'NO'
    ]
  })
  const md = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [md(head), md(head.map(() => '---')), ...lines.map(md)].join('\n')
}
