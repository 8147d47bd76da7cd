import { contract, isChannelName } from '@core/api/contract'
import { allows, permissions } from '@core/api/permissions'
import { fail, ok, type ApiReply } from '@core/api/reply'
import { ApiError } from './errors'
import { handlers } from './table'
import type { Ctx } from './types'
import type { Services } from '../services/services'

export interface Call {
  channel: string
  input: unknown
  session: string | null
  transport: Ctx['transport']
}

/**
 * The single entry point for every transport: resolves the caller, checks the permission table,
 * validates the input, runs the handler and wraps any outcome in the one reply shape.
 */
export async function dispatch(services: Services, call: Call): Promise<ApiReply<unknown>> {
  const { channel } = call
  if (!isChannelName(channel)) return fail('unknown-channel', `unknown channel "${String(channel).slice(0, 80)}"`)
  const user = call.session ? services.auth.resolveSession(call.session) : null
  const access = permissions[channel]
  if (!allows(access, user?.roles ?? null)) {
    return user
      ? fail('forbidden', `your role may not use ${channel}`)
      : fail('unauthorized', 'please sign in first')
  }
  const parsed = contract[channel].input.safeParse(call.input ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
    const first = issues[0]
    return fail('invalid-input', `${first.path || 'input'}: ${first.message}`, issues)
  }
  const ctx: Ctx = { user, session: call.session, transport: call.transport, services }
  try {
    const handler = handlers[channel] as (input: unknown, ctx: Ctx) => unknown
    const data = await handler(parsed.data, ctx)
    return ok(data === undefined ? null : data)
  } catch (e) {
    if (e instanceof ApiError) return fail(e.code, e.message, e.issues)
    services.log.error(`channel ${channel} failed`, e)
    return fail('internal', 'something went wrong on our side; the details are in the log')
  }
}
