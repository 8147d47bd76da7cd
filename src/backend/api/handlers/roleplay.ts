import type { ScenarioOut } from '@core/api/channels/roleplay'
import type { roleplayChannels } from '@core/api/channels/roleplay'
import { EXPORT_FORMAT, transcriptOf, type SessionExport } from '@core/roleplay'
import type { Locale } from '@core/domain/enums'
import type { ScriptEntry } from '../../services/roleplay/scripts'
import { sessionOut, summaryOfRow, summaryOfSession, type OutputContext } from '../../services/roleplay/output'
import type { StoredSession } from '../../services/roleplay/store'
import { unauthorized } from '../errors'
import type { Ctx, HandlerTable } from '../types'

const caller = (ctx: Ctx) => {
  if (!ctx.user) throw unauthorized()
  return ctx.user
}

const outputContext = (ctx: Ctx): OutputContext => ({
  cases: ctx.services.cases,
  hasScenario: (id, locale) => ctx.services.roleplay.hasScenario(id, locale),
  rubric: ctx.services.standards.rubric(),
  settings: ctx.services.settings.settings,
  mask: ctx.services.cases.mask(ctx.user)
})

const out = (ctx: Ctx, s: StoredSession) => sessionOut(s, ctx.services.roleplay.sessions.scriptOf(s), outputContext(ctx))

function scenarioOf(ctx: Ctx, e: ScriptEntry): ScenarioOut {
  const { script } = e
  const doc = ctx.services.cases.findPublished(script.id, script.locale as Locale)
  const nodes = Object.values(script.nodes)
  return {
    id: script.id,
    locale: script.locale,
    title: script.title,
    channel: script.channel,
    category: script.truth.category,
    priority: script.truth.priority,
    persona: script.persona,
    turns: nodes.filter((n) => n.turn).length,
    endings: nodes.filter((n) => n.ending).length,
    source: e.source,
    caseTitle: doc && doc.locale === script.locale ? doc.title : null
  }
}

/** Handlers of the roleplay module's channels; the row-level rules are in SessionService. */
export const roleplayHandlers: HandlerTable<keyof typeof roleplayChannels> = {
  'roleplay.scenarios.list': (input, ctx) => ctx.services.roleplay.scripts.list(input.locale).map((e) => scenarioOf(ctx, e)),
  'roleplay.scenarios.get': (input, ctx) => scenarioOf(ctx, ctx.services.roleplay.sessions.scenario(input.id, input.locale)),
  'roleplay.session.start': async (input, ctx) => out(ctx, await ctx.services.roleplay.sessions.start(caller(ctx), input.id, input.locale, input.mode)),
  'roleplay.session.get': async (input, ctx) => out(ctx, await ctx.services.roleplay.sessions.readable(caller(ctx), input.sessionId)),
  'roleplay.session.reply': async (input, ctx) => out(ctx, await ctx.services.roleplay.sessions.reply(caller(ctx), input.sessionId, input.reply)),
  'roleplay.session.rewind': async (input, ctx) => out(ctx, await ctx.services.roleplay.sessions.rewind(caller(ctx), input.sessionId, input.turn)),
  'roleplay.session.abandon': async (input, ctx) => out(ctx, await ctx.services.roleplay.sessions.abandon(caller(ctx), input.sessionId)),
  'roleplay.session.list': async (input, ctx) => {
    const r = await ctx.services.roleplay.sessions.list(caller(ctx), input)
    return r.own ? r.own.map(summaryOfSession) : r.rows.map(summaryOfRow)
  },
  'roleplay.session.export': async (input, ctx) => {
    const s = await ctx.services.roleplay.sessions.readable(caller(ctx), input.sessionId)
    const file: SessionExport = {
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      session: {
        id: s.id,
        userName: s.userName,
        staffId: s.staffId,
        scriptId: s.scriptId,
        locale: s.locale,
        scriptHash: s.scriptHash,
        status: s.status,
        startedAt: s.startedAt,
        finishedAt: s.finishedAt
      },
      transcript: transcriptOf(s.state),
      recorded: s.result
        ? { overall: s.result.overall, passed: s.result.passed, passMark: s.result.passMark, standards: s.result.standards.map((x) => ({ id: x.id, score: x.score })), autoFail: s.result.autoFail }
        : null
    }
    return { fileName: `roleplay-${s.scriptId}-${s.startedAt.slice(0, 10)}-${s.id.slice(-6)}.json`, json: JSON.stringify(file, null, 2) }
  },
  'roleplay.scripts.get': (input, ctx) => {
    const e = ctx.services.roleplay.scripts.get(input.id, input.locale)
    return { id: input.id, locale: input.locale, source: e?.source ?? 'none', text: e?.text ?? '', versions: e?.versions ?? 0 }
  },
  'roleplay.scripts.validate': (input, ctx) => {
    const r = ctx.services.roleplay.scripts.validate(input.id, input.locale, input.text)
    return { errors: r.errors, warnings: r.warnings }
  },
  'roleplay.scripts.save': async (input, ctx) => {
    const user = caller(ctx)
    const lib = ctx.services.roleplay.scripts
    const r = lib.validate(input.id, input.locale, input.text)
    if (!r.script) return { saved: false, errors: r.errors, warnings: r.warnings }
    const before = lib.get(input.id, input.locale)
    const saved = await lib.save(r.script, input.text, user)
    // Scripts decide what earns and costs points: every save is kept with its before/after hash.
    await ctx.services.audit.record(user, 'roleplay.script.save', `roleplay-script:${input.locale}/${input.id}`, {
      before: before ? { hash: before.hash, source: before.source } : null,
      after: { hash: saved.hash, version: saved.versions }
    })
    return { saved: true, errors: [], warnings: r.warnings }
  }
}
