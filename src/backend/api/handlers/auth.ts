import { ApiError } from '../errors'
import type { HandlerTable } from '../types'

type AuthChannels =
  | 'auth.status'
  | 'auth.setup'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.changePassword'
  | 'accounts.list'
  | 'accounts.create'
  | 'accounts.update'

export const authHandlers: HandlerTable<AuthChannels> = {
  'auth.status': (_input, { services, user }) => ({
    needsSetup: services.auth.needsSetup(),
    user: user ? services.auth.find(user.id) : null
  }),
  'auth.setup': async (input, { services }) => {
    const r = await services.auth.setup(input)
    await services.audit.record(r.user, 'account.setup', `account:${r.user.username}`, { after: r.user })
    return r
  },
  'auth.login': (input, { services }) => services.auth.login(input.username, input.password),
  'auth.logout': (_input, { services, session }) => {
    if (session) services.auth.logout(session)
    return null
  },
  'auth.changePassword': async (input, { services, user }) => {
    if (!user) throw new ApiError('unauthorized', 'please sign in first')
    await services.auth.changePassword(user.id, input.current, input.next)
    return null
  },
  'accounts.list': (_input, { services }) => services.auth.list(),
  'accounts.create': async (input, { services, user }) => {
    const created = await services.auth.create(input)
    await services.audit.record(user, 'account.create', `account:${created.username}`, { after: created })
    return created
  },
  'accounts.update': async (input, { services, user }) => {
    const before = services.auth.find(input.id)
    const after = await services.auth.update(input)
    await services.audit.record(user, 'account.update', `account:${after.username}`, {
      before,
      after,
      note: input.password ? 'password reset' : undefined
    })
    return after
  }
}
