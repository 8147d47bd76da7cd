import { describe, expect, it } from 'vitest'
import { defaultSettings, settingsPatchSchema, settingsSchema } from '../../../src/core/settings/settings'

describe('the recognition setting', () => {
  it('defaults to grade A, also for a settings file written before the setting existed', () => {
    expect(defaultSettings().appraisal.recognitionBy).toBe('grade-a')
    const { recognitionBy: _drop, ...older } = defaultSettings().appraisal
    expect(settingsSchema.parse({ appraisal: older }).appraisal.recognitionBy).toBe('grade-a')
  })
  it('accepts top-n and refuses anything else', () => {
    const appraisal = { ...defaultSettings().appraisal, recognitionBy: 'top-n' }
    expect(settingsPatchSchema.parse({ appraisal }).appraisal?.recognitionBy).toBe('top-n')
    expect(settingsPatchSchema.safeParse({ appraisal: { ...appraisal, recognitionBy: 'best' } }).error?.issues[0].path).toEqual(['appraisal', 'recognitionBy'])
  })
})
