import type { Mark } from '../scoring/scorecard'
import type { Branch, Condition, Route } from './script-schema'

/** What a condition can look at (docs/scenario-format.md, "Conditions"). */
export interface ConditionContext {
  mood: number
  /** Marks of the turn being decided: `credited` / `violated`. */
  turnMarks: readonly Mark[]
  /** Marks of every turn so far, this one included: `everCredited` / `everViolated`. */
  allMarks: readonly Mark[]
  /** Nodes shown so far, the current one included. */
  visited: readonly string[]
}

function has(marks: readonly Mark[], standard: string, kind: Mark['kind']): boolean {
  return marks.some((m) => m.standard === standard && m.kind === kind)
}

/** All keys of one `if` must hold; a missing `if` always holds. */
export function holds(cond: Condition | undefined, ctx: ConditionContext): boolean {
  if (!cond) return true
  if (cond.moodAtLeast !== undefined && !(ctx.mood >= cond.moodAtLeast)) return false
  if (cond.moodBelow !== undefined && !(ctx.mood < cond.moodBelow)) return false
  if (cond.credited && !has(ctx.turnMarks, cond.credited, 'credit')) return false
  if (cond.violated && !has(ctx.turnMarks, cond.violated, 'violation')) return false
  if (cond.everCredited && !has(ctx.allMarks, cond.everCredited, 'credit')) return false
  if (cond.everViolated && !has(ctx.allMarks, cond.everViolated, 'violation')) return false
  if (cond.visited && !ctx.visited.includes(cond.visited)) return false
  return true
}

/** The node a route leads to: `next`, or the first branch whose `if` holds. */
export function resolveRoute(route: Route, ctx: ConditionContext): string | undefined {
  if (route.branches) return route.branches.find((b: Branch) => holds(b.if, ctx))?.next
  return route.next
}
