import { describe, expect, it } from 'vitest'
import { defaultSettings, settingsPatchSchema, settingsSchema } from '../../../src/core/settings/settings'

describe('settings', () => {
  it('default to the figures of DESIGN.md', () => {
    const s = defaultSettings()
    expect(s.sla.urgent).toEqual({ responseHours: 2, resolutionHours: 24 })
    expect(s.sla.low.resolutionHours).toBe(168)
    expect(s.appraisal.weights).toEqual({ timeliness: 0.3, resolution: 0.3, satisfaction: 0.3, training: 0.1 })
    expect(s.appraisal.grades).toEqual({ A: 90, B: 80, C: 70 })
    expect(s.roleplay.passMark).toBe(80)
    expect(s.timeZone).toBe('Asia/Shanghai')
  })

  it('fill a section missing from an older file with its default', () => {
    const { storage: _omit, ...older } = defaultSettings()
    expect(settingsSchema.parse(older).storage).toEqual(defaultSettings().storage)
  })

  it('take a patch without filling in defaults, so other sections are not reset', () => {
    expect(settingsPatchSchema.parse({ timeZone: 'UTC' })).toEqual({ timeZone: 'UTC' })
    expect(() => settingsPatchSchema.parse({ nonsense: 1 })).toThrow()
    expect(() => settingsPatchSchema.parse({ roleplay: { passMark: 120 } })).toThrow()
  })

  it('refuse an unknown time zone and grade bands that do not fall', () => {
    expect(settingsPatchSchema.safeParse({ timeZone: 'Asia/Shanghai' }).success).toBe(true)
    const tz = settingsPatchSchema.safeParse({ timeZone: 'Mars/Olympus' })
    expect(tz.success).toBe(false)
    expect(tz.error?.issues[0].message).toMatch(/time zone/)
    const bands = { ...defaultSettings().appraisal, grades: { A: 80, B: 85, C: 70 } }
    expect(settingsPatchSchema.safeParse({ appraisal: bands }).error?.issues[0].message).toMatch(/A > B > C/)
  })

  it('fill the automatic backup interval into a storage section written before it existed', () => {
    const older = { ...defaultSettings(), storage: { keepBackups: 3, dailyBackups: 2 } }
    expect(settingsSchema.parse(older).storage).toEqual({ keepBackups: 3, dailyBackups: 2, archiveEveryHours: 24 })
  })
})
