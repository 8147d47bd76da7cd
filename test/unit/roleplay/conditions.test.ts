import { describe, expect, it } from 'vitest'
import { holds, resolveRoute, type ConditionContext } from '@core/roleplay/conditions'

const ctx: ConditionContext = {
  mood: 40,
  turnMarks: [
    { standard: 'apologize', kind: 'credit' },
    { standard: 'language', kind: 'violation' }
  ],
  allMarks: [
    { standard: 'apologize', kind: 'credit' },
    { standard: 'language', kind: 'violation' },
    { standard: 'no-blame', kind: 'violation' },
    { standard: 'record', kind: 'credit' }
  ],
  visited: ['open', 'details']
}

describe('conditions', () => {
  it.each([
    [{ moodAtLeast: 40 }, true],
    [{ moodAtLeast: 41 }, false],
    [{ moodBelow: 41 }, true],
    [{ moodBelow: 40 }, false],
    [{ credited: 'apologize' }, true],
    [{ credited: 'record' }, false], // credited in an earlier turn, not this one
    [{ violated: 'language' }, true],
    [{ violated: 'no-blame' }, false],
    [{ everCredited: 'record' }, true],
    [{ everCredited: 'privacy' }, false],
    [{ everViolated: 'no-blame' }, true],
    [{ everViolated: 'apologize' }, false],
    [{ visited: 'details' }, true],
    [{ visited: 'ticket' }, false],
    [{ moodAtLeast: 20, visited: 'details', credited: 'apologize' }, true],
    [{ moodAtLeast: 20, visited: 'ticket' }, false],
    [undefined, true]
  ] as const)('%o holds: %s', (cond, expected) => {
    expect(holds(cond, ctx)).toBe(expected)
  })

  it('takes the first branch that holds', () => {
    const route = {
      branches: [
        { if: { violated: 'no-blame' as const }, next: 'explodes' },
        { if: { moodAtLeast: 30 }, next: 'calm' },
        { next: 'fallback' }
      ]
    }
    expect(resolveRoute(route, ctx)).toBe('calm')
    expect(resolveRoute(route, { ...ctx, mood: 10 })).toBe('fallback')
    expect(resolveRoute({ next: 'direct' }, ctx)).toBe('direct')
  })
})
