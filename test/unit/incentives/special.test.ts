import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyClaims, normalizeJudgements, scoreSpecial, type StandardJudgement } from '../../../src/core/incentives'
import { parseRubric } from '../../../src/core/standards/standards'

const root = resolve(import.meta.dirname, '..', '..', '..')
const rubric = parseRubric(readFileSync(join(root, 'resources', 'standards', 'standards.yaml'), 'utf8'))
const j = (standard: StandardJudgement['standard'], result: StandardJudgement['result'], comment = ''): StandardJudgement => ({ standard, result, comment })

describe('scoreSpecial', () => {
  it('weights met / not met and drops N/A out', () => {
    // listen (1) met, resolve (1.5) not met, escalate N/A: 100×1 / (1 + 1.5) = 40
    const s = scoreSpecial([j('listen', 'met'), j('resolve', 'not-met'), j('escalate', 'na')], rubric, { safety: false })
    expect(s.overall).toBe(40)
    expect(s.passed).toBe(false)
    expect(s.passMark).toBe(80)
    expect(s.standards.find((x) => x.id === 'escalate')?.score).toBeNull()
    expect(s.standards.find((x) => x.id === 'resolve')?.score).toBe(0)
  })

  it('passes at exactly the rubric pass mark', () => {
    const met = ['acknowledge', 'listen', 'empathize', 'apologize'] as const
    const s = scoreSpecial([...met.map((m) => j(m, 'met')), j('language', 'not-met')], rubric, { safety: false })
    expect(s.overall).toBe(80)
    expect(s.passed).toBe(true)
  })

  it('auto-fails on a critical standard not met, keeping the score before', () => {
    const s = scoreSpecial([j('listen', 'met'), j('privacy', 'not-met', 'read the phone number aloud')], rubric, { safety: false })
    expect(s.overall).toBe(0)
    expect(s.overallBeforeAutoFail).toBe(40)
    expect(s.autoFail).toEqual(['privacy'])
    expect(s.passed).toBe(false)
  })

  it('makes classify critical only for a safety incident', () => {
    const judged = [j('listen', 'met'), j('classify', 'not-met')]
    expect(scoreSpecial(judged, rubric, { safety: false }).autoFail).toEqual([])
    expect(scoreSpecial(judged, rubric, { safety: false }).overall).toBe(50)
    expect(scoreSpecial(judged, rubric, { safety: true }).autoFail).toEqual(['classify'])
    expect(scoreSpecial(judged, rubric, { safety: true }).overall).toBe(0)
  })

  it('scores nothing judged as 0, not passed', () => {
    const s = scoreSpecial([j('listen', 'na')], rubric, { safety: false })
    expect(s).toMatchObject({ overall: 0, overallBeforeAutoFail: null, passed: false })
  })
})

describe('claims and normalisation', () => {
  it('applies a staff member\'s claims over the judgements, adding missing standards', () => {
    const out = applyClaims(
      [j('listen', 'met', 'kept'), j('resolve', 'not-met', 'too little')],
      [{ standard: 'resolve', result: 'met' }, { standard: 'listen', result: 'met' }, { standard: 'escalate', result: 'na' }]
    )
    // A changed result drops the old comment; an unchanged one keeps it.
    expect(out).toEqual([j('listen', 'met', 'kept'), j('resolve', 'met'), j('escalate', 'na')])
  })

  it('orders by the rubric and keeps the last judgement of a standard', () => {
    const out = normalizeJudgements([j('language', 'met'), j('listen', 'met', ' a '), j('listen', 'not-met', ' b ')], rubric)
    expect(out).toEqual([j('listen', 'not-met', 'b'), j('language', 'met')])
  })
})
