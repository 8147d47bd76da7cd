import type { HandlerTable } from '../types'

type AppChannels = 'app.info' | 'ui.prefs.get' | 'ui.prefs.set' | 'settings.get' | 'settings.update'

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
  }
}
