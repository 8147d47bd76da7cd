import type { HandlerTable, Ctx } from '../types'
import type { analyticsChannels } from '@core/api/channels/analytics'
import { unauthorized } from '../errors'

const caller = (ctx: Ctx) => {
  if (!ctx.user) throw unauthorized()
  return ctx.user
}

/** Handlers of the analytics module's channels. */
export const analyticsHandlers: HandlerTable<keyof typeof analyticsChannels> = {
  'analytics.teams': (_input, { services }) => services.analytics.teams(),
  'analytics.overview': (input, { services }) => services.analytics.overview(input),
  'analytics.report.generate': async (input, { services }) => ({ ...(await services.analytics.generate(input)), saved: null }),
  'analytics.report.save': (input, ctx) => ctx.services.analytics.save(input, caller(ctx)),
  'analytics.report.list': (_input, { services }) => services.analytics.list(),
  'analytics.report.get': (input, { services }) => services.analytics.get(input.id),
  'analytics.report.update': (input, ctx) => ctx.services.analytics.update(input, caller(ctx)),
  'analytics.draftCase.fromTickets': (input, ctx) => ctx.services.analytics.draftCase(input.ticketIds, input.locale, caller(ctx))
}
