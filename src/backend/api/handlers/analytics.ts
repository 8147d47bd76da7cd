import type { HandlerTable, Ctx } from '../types'
import type { analyticsChannels } from '@core/api/channels/analytics'
import type { ReportOut } from '@core/api/channels/analytics'
import { maskReportTickets } from '@core/analytics/report'
import { unauthorized } from '../errors'
import { masksPersonalData } from '../../services/privacy'

const caller = (ctx: Ctx) => {
  if (!ctx.user) throw unauthorized()
  return ctx.user
}

/** Example ticket ids as the caller may see them (staff leads see them whole, to draft cases from them). */
const shown = (ctx: Ctx, r: ReportOut): ReportOut => (masksPersonalData(ctx.services.settings, ctx.user) ? maskReportTickets(r) : r)

/** Handlers of the analytics module's channels. */
export const analyticsHandlers: HandlerTable<keyof typeof analyticsChannels> = {
  'analytics.teams': (_input, { services }) => services.analytics.teams(),
  'analytics.overview': (input, { services }) => services.analytics.overview(input),
  'analytics.report.generate': async (input, ctx) => shown(ctx, { ...(await ctx.services.analytics.generate(input)), saved: null }),
  'analytics.report.save': async (input, ctx) => shown(ctx, await ctx.services.analytics.save(input, caller(ctx))),
  'analytics.report.list': (_input, { services }) => services.analytics.list(),
  'analytics.report.get': async (input, ctx) => shown(ctx, await ctx.services.analytics.get(input.id)),
  'analytics.report.update': async (input, ctx) => shown(ctx, await ctx.services.analytics.update(input, caller(ctx))),
  'analytics.draftCase.fromTickets': (input, ctx) => ctx.services.analytics.draftCase(input.ticketIds, input.locale, caller(ctx))
}
