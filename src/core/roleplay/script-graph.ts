import type { PathKey } from './yaml-lines'
import type { Route, Script } from './script-schema'

export interface Edge {
  from: string
  to: string
  /** Where the reference is written, for error lines. */
  path: PathKey[]
}

function routeEdges(from: string, route: Route, base: PathKey[]): Edge[] {
  const edges: Edge[] = []
  if (route.next !== undefined) edges.push({ from, to: route.next, path: [...base, 'next'] })
  route.branches?.forEach((b, i) => edges.push({ from, to: b.next, path: [...base, 'branches', i, 'next'] }))
  return edges
}

/** Every `next` written in the script, with where it is written. */
export function scriptEdges(script: Script): Edge[] {
  const edges: Edge[] = []
  for (const [id, node] of Object.entries(script.nodes)) {
    const turn = node.turn
    if (!turn) continue
    const base: PathKey[] = ['nodes', id, 'turn']
    edges.push(...routeEdges(id, turn, base))
    if (turn.type === 'choice') {
      turn.options.forEach((o, i) => edges.push(...routeEdges(id, o, [...base, 'options', i])))
    }
  }
  return edges
}

export interface GraphFinding {
  path: PathKey[]
  field: string
  message: string
}

/**
 * Reference, reachability and termination checks. A node that cannot reach an ending either sits in a
 * cycle with no way out (reported once per cycle, naming its nodes) or leads only into one.
 */
export function checkGraph(script: Script): GraphFinding[] {
  const findings: GraphFinding[] = []
  const ids = Object.keys(script.nodes)
  const known = new Set(ids)
  if (!known.has(script.start)) {
    findings.push({ path: ['start'], field: 'start', message: `"${script.start}" is not a node id` })
  }
  const edges = scriptEdges(script)
  for (const e of edges) {
    if (!known.has(e.to)) {
      findings.push({ path: e.path, field: e.path.join('.'), message: `"${e.to}" is not a node id` })
    }
  }
  const out = new Map<string, string[]>(ids.map((id) => [id, []]))
  for (const e of edges) if (known.has(e.to)) out.get(e.from)?.push(e.to)

  const reached = known.has(script.start) ? walk([script.start], out) : new Set<string>()
  if (known.has(script.start)) {
    for (const id of ids) {
      if (!reached.has(id)) {
        findings.push({ path: ['nodes', id], field: `nodes.${id}`, message: `node "${id}" cannot be reached from start "${script.start}"` })
      }
    }
  }

  const endings = ids.filter((id) => script.nodes[id].ending)
  const into = new Map<string, string[]>(ids.map((id) => [id, []]))
  for (const [from, tos] of out) for (const to of tos) into.get(to)?.push(from)
  const canEnd = walk(endings, into)
  const stuck = new Set(ids.filter((id) => !canEnd.has(id)))
  const inTrap = new Set<string>()
  for (const scc of components([...stuck], out)) {
    const cyclic = scc.length > 1 || (out.get(scc[0]) ?? []).includes(scc[0])
    if (!cyclic) continue
    scc.forEach((id) => inTrap.add(id))
    const loop = [...scc, scc[0]].join(' → ')
    findings.push({ path: ['nodes', scc[0]], field: `nodes.${scc[0]}`, message: `cycle without an exit: ${loop} never reaches an ending` })
  }
  for (const id of stuck) {
    if (!inTrap.has(id)) {
      findings.push({ path: ['nodes', id], field: `nodes.${id}`, message: `node "${id}" cannot reach an ending` })
    }
  }
  if (endings.length < 2) {
    findings.push({ path: ['nodes'], field: 'nodes', message: `needs at least two endings (found ${endings.length})` })
  }
  return findings
}

function walk(from: string[], next: Map<string, string[]>): Set<string> {
  const seen = new Set(from)
  const stack = [...from]
  while (stack.length > 0) {
    const id = stack.pop() as string
    for (const n of next.get(id) ?? []) {
      if (!seen.has(n)) {
        seen.add(n)
        stack.push(n)
      }
    }
  }
  return seen
}

/** Strongly connected components among `nodes` (Tarjan), in the order the nodes are listed. */
function components(nodes: string[], out: Map<string, string[]>): string[][] {
  const within = new Set(nodes)
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const result: string[][] = []
  let counter = 0
  const visit = (v: string): void => {
    index.set(v, counter)
    low.set(v, counter)
    counter++
    stack.push(v)
    onStack.add(v)
    for (const w of out.get(v) ?? []) {
      if (!within.has(w)) continue
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number))
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = []
      let w: string
      do {
        w = stack.pop() as string
        onStack.delete(w)
        scc.push(w)
      } while (w !== v)
      result.push(scc.sort((a, b) => nodes.indexOf(a) - nodes.indexOf(b)))
    }
  }
  for (const n of nodes) if (!index.has(n)) visit(n)
  return result
}
