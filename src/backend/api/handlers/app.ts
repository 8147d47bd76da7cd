import { STANDARD_IDS } from '@core/standards/standards'
import { invalid } from '../errors'
import type { HandlerTable } from '../types'

type AppChannels = 'app.info' | 'ui.prefs.get' | 'ui.prefs.set' | 'settings.get' | 'settings.update' | 'standards.get' | 'standards.update'

export const appHandlers: HandlerTable<AppChannels> = {
  'app.info': (_input, { services }) => ({
    ...services.app,
    dataDir: services.paths.dataDir,
    incidents: services.data.incidents.map((i) => ({ ...i }))
  }),
  'ui.prefs.get': (_input, { services }) => services.settings.prefs,
  'ui.prefs.set': (input, { services }) => services.settings.updatePrefs(input),
  'settings.get': (_input, { services }) => services.settings.settings,
  'settings.update': async (input, { services, user }) => {
    const before = services.settings.settings
    const after = await services.settings.updateSettings(input)
    services.data.backup.configure(after.storage)
    await services.audit.record(user, 'settings.update', 'settings', { before, after })
    return after
  },
  'standards.get': (_input, { services }) => services.standards.rubric(),
  'standards.update': async ({ rubric }, { services, user }) => {
    // Scripts, cases and stored sessions refer to the ids: an edit may change everything but the set of ids.
    if (rubric) {
      const ids = rubric.standards.map((s) => s.id).sort()
      if (ids.join() !== [...STANDARD_IDS].sort().join())
        throw invalid('rubric.standards: every standard id must appear exactly once; ids cannot be added or removed')
    }
    const before = services.standards.rubric()
    const after = await services.standards.save(rubric)
    await services.audit.record(user, 'standards.update', 'standards', { before, after })
    return after
  }
}
