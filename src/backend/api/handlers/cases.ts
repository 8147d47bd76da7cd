import type { HandlerTable, Ctx } from '../types'
import type { casesChannels } from '@core/api/channels/cases'
import { parseCaseFile } from '@core/cases'
import type { Locale } from '@core/domain/enums'
import type { LibraryEntry } from '../../services/cases/library'
import { exportCases, importCases } from '../../services/cases/transfer'
import { unauthorized } from '../errors'

const caller = (ctx: Ctx) => {
  if (!ctx.user) throw unauthorized()
  return ctx.user
}
const detail = (ctx: Ctx, e: LibraryEntry) =>
  ctx.services.cases.detail(e, ctx.user, ctx.services.roleplay.hasScenario(e.doc.id, e.doc.locale))
const status =
  (action: 'submit' | 'approve' | 'return' | 'archive' | 'unarchive') =>
  async (input: { id: string; locale: Locale; comment?: string }, ctx: Ctx) =>
    detail(ctx, await ctx.services.cases.setStatus(action, input.id, input.locale, caller(ctx), input.comment))

/** Handlers of the cases module's channels. */
export const casesHandlers: HandlerTable<keyof typeof casesChannels> = {
  'cases.search': (input, { services, user }) => services.cases.search(input, user),
  'cases.get': (input, ctx) => detail(ctx, ctx.services.cases.visible(input.id, input.locale, ctx.user)),
  'cases.create': async (input, ctx) => detail(ctx, await ctx.services.cases.create(input, caller(ctx))),
  'cases.update': async ({ baseVersion, ...draft }, ctx) => detail(ctx, await ctx.services.cases.update(draft, baseVersion, caller(ctx))),
  'cases.duplicate': async (input, ctx) => detail(ctx, await ctx.services.cases.duplicate(input.id, input.locale, input.newId, caller(ctx))),
  'cases.submit': status('submit'),
  'cases.approve': status('approve'),
  'cases.return': status('return'),
  'cases.archive': status('archive'),
  'cases.unarchive': status('unarchive'),
  'cases.reviewQueue': (_input, { services }) => services.cases.reviewQueue(),
  'cases.mine': (_input, ctx) => ctx.services.cases.mine(caller(ctx)),
  'cases.history': async (input, { services }) =>
    (await services.cases.history(input.id, input.locale)).map(({ n, at, actorName, action, status, comment }) => ({ n, at, actorName, action, status, comment })),
  'cases.version': async (input, { services }) => {
    const v = await services.cases.version(input.id, input.locale, input.n)
    return { n: v.n, text: v.text }
  },
  'cases.restoreVersion': async (input, ctx) => detail(ctx, await ctx.services.cases.restoreVersion(input.id, input.locale, input.n, caller(ctx))),
  'cases.validate': ({ fileName, text }) => {
    const r = parseCaseFile(fileName, text)
    return { errors: r.errors, warnings: r.warnings }
  },
  'cases.import': (input, ctx) => importCases(ctx.services.cases, input.files, caller(ctx)),
  'cases.export': (input, ctx) => exportCases(ctx.services.cases, input.keys, input.format, caller(ctx))
}
