import type { HandlerTable, Ctx } from '../types'
import type { incentivesChannels } from '@core/api/channels/incentives'
import { specialOut } from '../../services/incentives'
import { invalid, unauthorized } from '../errors'

const caller = (ctx: Ctx) => {
  if (!ctx.user) throw unauthorized()
  return ctx.user
}

/** Handlers of special appraisals, disputes, incentives and training assignments. */
export const incentivesHandlers: HandlerTable<keyof typeof incentivesChannels> = {
  'special.list': (input, ctx) => ctx.services.incentives.special.list(caller(ctx), input.staffId),
  'special.get': async (input, ctx) => {
    const { rec, tickets } = await ctx.services.incentives.special.get(input.id, caller(ctx))
    return {
      ...specialOut(rec),
      tickets: tickets.map((t) => ({
        ticketId: t.ticketId, staffId: t.staffId, category: t.category, priority: t.priority,
        receivedAt: t.receivedAt, status: t.status, satisfaction: t.satisfaction
      }))
    }
  },
  'special.create': async (input, ctx) => specialOut(await ctx.services.incentives.special.create(input, caller(ctx))),
  'special.update': async ({ id, baseVersion, ...draft }, ctx) =>
    specialOut(await ctx.services.incentives.special.update(id, baseVersion, draft, caller(ctx))),
  'special.dispute': async (input, ctx) => specialOut(await ctx.services.incentives.special.dispute(input.id, input.comment, input.claims, caller(ctx))),
  'special.resolveDispute': async ({ id, ...resolution }, ctx) => specialOut(await ctx.services.incentives.special.resolve(id, resolution, caller(ctx))),
  'incentives.period': ({ locale, ...range }, ctx) => {
    if (range.from > range.to) throw invalid('from: the period starts after it ends', [{ path: 'from', message: 'after to' }])
    return ctx.services.incentives.period(range, locale)
  },
  'incentives.people': async (_input, { services }) => ({
    roster: (await services.appraisal.roster()).map((m) => ({ staffId: m.staffId, name: m.name, team: m.team, active: m.active })),
    trainees: services.auth
      .list()
      .filter((u) => u.active && u.roles.includes('trainee'))
      .map((u) => ({ userId: u.id, displayName: u.displayName, staffId: u.staffId }))
  }),
  'training.assign': async (input, ctx) => {
    const t = ctx.services.incentives.training
    return (await t.assign(input, caller(ctx))).map((a) => t.out(a))
  },
  'training.list': async (input, ctx) => {
    const t = ctx.services.incentives.training
    return (await t.list(input)).map((a) => t.out(a))
  },
  'training.mine': async (_input, ctx) => {
    const t = ctx.services.incentives.training
    return (await t.mine(caller(ctx))).map((a) => t.out(a))
  },
  'training.complete': async (input, ctx) => {
    const t = ctx.services.incentives.training
    return t.out(await t.complete(input.id, caller(ctx)))
  },
  'training.cancel': async (input, ctx) => {
    const t = ctx.services.incentives.training
    return t.out(await t.cancel(input.id, caller(ctx)))
  }
}
