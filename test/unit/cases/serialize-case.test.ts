import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildCaseBody, parseCaseFile, serializeCase, type CaseDoc } from '../../../src/core/cases'
import { CASE_STATUSES, CATEGORIES, CHANNELS, PRIORITIES } from '../../../src/core/domain/enums'
import { STANDARD_IDS } from '../../../src/core/standards/standards'
import { VALID_CASE, VALID_FILE } from './case-text'

describe('serializeCase', () => {
  it('writes back a parsed file byte for byte', () => {
    const doc = parseCaseFile(VALID_FILE, VALID_CASE).case!
    expect(serializeCase(doc)).toBe(VALID_CASE)
  })

  it('round-trips any title, summary and tags through the parser', () => {
    const line = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/[\r\n\u2028\u2029\u0085]/g, ' ').trim()).filter((s) => s.length > 0)
    fc.assert(
      fc.property(
        line,
        line,
        fc.uniqueArray(line, { maxLength: 4 }),
        fc.subarray([...STANDARD_IDS], { minLength: 1 }),
        fc.constantFrom(...CATEGORIES),
        fc.constantFrom(...CHANNELS),
        fc.constantFrom(...PRIORITIES),
        fc.constantFrom(...CASE_STATUSES),
        (title, summary, tags, standards, category, channel, priority, status) => {
          const sections = { background: '背景。', whatHappened: '经过。', handling: '处理。', lessons: ['一', '二', '三'], phrases: [] }
          const doc: CaseDoc = {
            id: 'round-trip',
            title,
            locale: 'zh-CN',
            category,
            channel,
            priority,
            tags,
            standards,
            summary,
            status,
            body: buildCaseBody('zh-CN', sections),
            sections,
            lessonsCount: 3
          }
          const back = parseCaseFile('round-trip.md', serializeCase(doc))
          expect(back.errors).toEqual([])
          expect(back.case).toEqual(doc)
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe('buildCaseBody', () => {
  it('writes the locale headings in order and drops empty model phrases', () => {
    const body = buildCaseBody('en', { background: 'B.', whatHappened: 'W.', handling: 'H.', lessons: ['a', 'b\nc'], phrases: [] })
    expect(body).toBe('\n## Background\n\nB.\n\n## What happened\n\nW.\n\n## How it was handled\n\nH.\n\n## Lessons\n\n- a\n- b c\n')
  })
})
