import type { Mark } from '../scoring/scorecard'
import type { Settings } from '../settings/settings'
import type { StandardId } from '../standards/standards'
import type { Priority } from '../domain/enums'
import { analyzeReply, findPhrase, type Evidence, type PromiseKind, type ReplyAnalysis, type TimePromise } from './analyser'
import type { RubricEntry, Script, TextTurn } from './script-schema'

/** A rubric pattern's alternatives (`a|b`) with the script's synonyms added, both ways. */
export function expandPattern(pattern: string, synonyms: Record<string, string[]>): string[] {
  const groups = Object.entries(synonyms).map(([word, syns]) => [word, ...syns])
  const out = new Set<string>()
  for (const alt of pattern.split('|').map((a) => a.trim()).filter(Boolean)) {
    out.add(alt)
    for (const group of groups) {
      for (const word of group) {
        if (!alt.includes(word)) continue
        for (const other of group) if (other !== word) out.add(alt.split(word).join(other))
      }
    }
  }
  return [...out]
}

interface Verdict {
  kind: Mark['kind']
  note: string
}

function judgeRubric(entry: RubricEntry, text: string, script: Script): { positive?: Verdict; forbidden?: Verdict } {
  const find = (pattern: string) => findPhrase(text, script.locale, expandPattern(pattern, script.synonyms))
  const result: { positive?: Verdict; forbidden?: Verdict } = {}
  for (const p of entry.forbidden ?? []) {
    const hit = find(p)
    if (hit) {
      result.forbidden = { kind: 'violation', note: `“${hit}”` }
      break
    }
  }
  if (entry.required || entry.anyOf) {
    const missing = (entry.required ?? []).filter((p) => !find(p))
    const anyHit = entry.anyOf ? entry.anyOf.map(find).find(Boolean) : undefined
    const anyOk = !entry.anyOf || anyHit !== undefined
    if (missing.length === 0 && anyOk) {
      const hits = [...(entry.required ?? []).map(find), anyHit].filter(Boolean)
      result.positive = { kind: 'credit', note: hits.map((h) => `“${h}”`).join(' ') }
    } else {
      const wanted = [...missing, ...(anyOk ? [] : [(entry.anyOf ?? []).join(' / ')])]
      result.positive = { kind: 'violation', note: `missing: ${wanted.join('; ')}` }
    }
  }
  return result
}

const PROMISE_WORDS: Record<PromiseKind, { what: string; sla: string; key: keyof Settings['sla'][Priority] }> = {
  response: { what: 'call-back promised', sla: 'response SLA', key: 'responseHours' },
  resolution: { what: 'resolution promised', sla: 'resolution SLA', key: 'resolutionHours' }
}

/**
 * Each promised time against the SLA of its kind: "两小时内给您回电" against the first-response SLA,
 * "24小时内处理好" against the resolution SLA. The first late one is the violation; undefined when the
 * reply promised no concrete time.
 */
export function judgePromises(promises: readonly TimePromise[], sla: Settings['sla'][Priority]): Verdict | undefined {
  if (promises.length === 0) return undefined
  const late = promises.find((p) => p.hours > sla[PROMISE_WORDS[p.kind].key])
  const shown = late ?? promises[0]
  const w = PROMISE_WORDS[shown.kind]
  return { kind: late ? 'violation' : 'credit', note: `${w.what} in ${shown.hours} h, ${w.sla} ${sla[w.key]} h` }
}

/**
 * "尽快" where the turn asks for a time: not a commitment, so the turn debits commit-time and says that a
 * concrete time is needed, unless the reply also gives one or the script's own rubric credited it.
 */
function vagueTimeVerdict(turn: TextTurn, analysis: ReplyAnalysis, current: Verdict | undefined, sla: Settings['sla'][Priority]): Verdict | undefined {
  if (!turn.rubric['commit-time'] || analysis.vagueTime === undefined || analysis.promises.length > 0) return undefined
  if (current?.kind === 'credit') return undefined
  const why = `“${analysis.vagueTime}” is not a concrete time: say by when (response SLA ${sla.responseHours} h, resolution SLA ${sla.resolutionHours} h)`
  return { kind: 'violation', note: current ? `${current.note}; ${why}` : why }
}

export interface TextScore {
  marks: Mark[]
  evidence: Evidence[]
}

/**
 * Combines the built-in analyser with the node's rubric, one mark per standard: a violation from
 * either side wins; for a standard the rubric requires, the rubric decides the credit; otherwise the
 * analyser's credit stands. A promised time beyond the SLA of its kind (call-back: response SLA; outcome:
 * resolution SLA) and a remedy the case does not allow turn the analyser's credit into a violation; a
 * vague time ("尽快") where the rubric asks for commit-time is a violation saying a concrete time is needed.
 */
export function scoreTextReply(text: string, turn: TextTurn, script: Script, settings: Settings): TextScore {
  const analysis = analyzeReply(text, script.locale)
  const verdicts = new Map<StandardId, Verdict>()
  const evidence: Evidence[] = [...analysis.evidence]
  const set = (std: StandardId, v: Verdict): void => {
    const prev = verdicts.get(std)
    if (!prev || (prev.kind === 'credit' && v.kind === 'violation')) verdicts.set(std, v)
  }

  for (const e of analysis.evidence) {
    let verdict: Verdict = { kind: e.kind, note: `“${e.cue}”` }
    if (e.standard === 'commit-time') verdict = judgePromises(analysis.promises, settings.sla[script.truth.priority]) ?? verdict
    if (e.standard === 'resolve' && !analysis.remedies.some((r) => script.truth.remedies.includes(r))) {
      verdict = { kind: 'violation', note: `offered ${analysis.remedies.join(', ')}; the case calls for ${script.truth.remedies.join(', ')}` }
    }
    set(e.standard, verdict)
  }

  for (const [std, entry] of Object.entries(turn.rubric) as [StandardId, RubricEntry | undefined][]) {
    if (!entry) continue
    const { positive, forbidden } = judgeRubric(entry, text, script)
    if (positive) {
      const prev = verdicts.get(std)
      if (prev?.kind !== 'violation') verdicts.set(std, positive)
      evidence.push({ standard: std, kind: positive.kind, text, cue: positive.note })
    }
    if (forbidden) {
      set(std, forbidden)
      evidence.push({ standard: std, kind: 'violation', text, cue: forbidden.note })
    }
  }

  const vague = vagueTimeVerdict(turn, analysis, verdicts.get('commit-time'), settings.sla[script.truth.priority])
  if (vague) {
    verdicts.set('commit-time', vague)
    evidence.push({ standard: 'commit-time', kind: 'violation', text, cue: analysis.vagueTime ?? '' })
  }

  const marks: Mark[] = [...verdicts].map(([standard, v]) => ({ standard, kind: v.kind, note: v.note }))
  return { marks, evidence }
}
