import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatProblem, parseScript } from '@core/roleplay'
import { explore } from './explore'

// The scripts content writers ship in cases/scenarios/<locale>/, plus this folder's own test script.
const files = [
  ...['zh-CN', 'en'].flatMap((locale) => {
    const dir = `cases/scenarios/${locale}`
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => `${dir}/${f}`) : []
  }),
  'test/unit/roleplay/scripts/safety-expired-milk.yaml'
]

describe.each(files)('%s', (file) => {
  const parsed = parseScript(file, readFileSync(file, 'utf8'))

  it('validates', () => {
    expect(parsed.errors.map(formatProblem)).toEqual([])
  })

  it('has a good path that passes and a path that fails on a critical standard', () => {
    const script = parsed.script
    if (!script) return
    const finished = explore(script)
    const good = finished.filter((f) => f.state.ending?.outcome === 'good')
    expect(good.length, 'no way to reach a good ending').toBeGreaterThan(0)
    expect(Math.max(...good.map((f) => f.result.overall)), 'best good path scores below the pass mark').toBeGreaterThanOrEqual(80)
    expect(finished.some((f) => f.result.autoFail.length > 0), 'no path fails on a critical standard').toBe(true)
  })
})
