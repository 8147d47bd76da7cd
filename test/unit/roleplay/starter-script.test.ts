import { describe, expect, it } from 'vitest'
import { formatProblem, parseScript } from '@core/roleplay'
import { starterScript } from '../../../src/renderer/src/views/roleplay/starter-script'

describe('the script editor starter', () => {
  it('is a valid script for the case it is made for', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const r = parseScript(`scenarios/${locale}/new-case.yaml`, starterScript('new-case', locale))
      expect(r.errors.map(formatProblem)).toEqual([])
      expect(r.script?.locale).toBe(locale)
    }
  })
})
