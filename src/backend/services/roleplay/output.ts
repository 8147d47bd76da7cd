import type { DebriefOut, DebriefTurnOut, SessionOut, SessionSummaryOut } from '@core/api/channels/roleplay'
import type { Locale } from '@core/domain/enums'
import { maskPersonalText } from '@core/privacy/mask'
import { currentView, debrief, scoreSession, type Script } from '@core/roleplay'
import type { ScoreResult } from '@core/scoring/scorecard'
import type { Rubric, StandardId } from '@core/standards/standards'
import type { Settings } from '@core/settings/settings'
import type { CasesService } from '../cases'
import type { ResultRow, StoredSession } from './store'

/** What the output needs besides the session: the case library for lessons and recommendations. */
export interface OutputContext {
  cases: CasesService
  hasScenario: (id: string, locale: Locale) => boolean
  rubric: Rubric
  settings: Settings
  /** Mask personal data in case text for roles that do not need it. */
  mask: boolean
}

function turnsOut(s: StoredSession, script: Script, result: ScoreResult): DebriefTurnOut[] {
  return debrief(s.state, script, result).turns.map((t) => {
    const rec = s.state.turns[t.index]
    return {
      ...t,
      replyType: rec.reply.type,
      ...(rec.reply.type === 'ticket' ? { ticket: rec.reply.form } : {}),
      elapsedMs: rec.elapsedMs,
      timeTargetSeconds: rec.timeTargetSeconds
    }
  })
}

/** Published cases that exercise the weakest standards, best overlap first (the case itself excluded). */
export function recommend(weakest: StandardId[], caseId: string, locale: Locale, ctx: OutputContext): DebriefOut['recommended'] {
  if (weakest.length === 0) return []
  const rank = new Map(weakest.map((w, i) => [w, weakest.length - i]))
  return ctx.cases
    .listPublished()
    .filter((c) => c.locale === locale && c.id !== caseId)
    .map((c) => ({ c, score: c.standards.reduce((sum, st) => sum + (rank.get(st) ?? 0), 0), playable: ctx.hasScenario(c.id, c.locale) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || Number(b.playable) - Number(a.playable) || a.c.id.localeCompare(b.c.id))
    .slice(0, 5)
    .map(({ c, playable }) => ({ id: c.id, locale: c.locale, title: ctx.mask ? maskPersonalText(c.title) : c.title, standards: c.standards, hasScenario: playable }))
}

/** Trainee lines of ticket turns carry the form, so the screen can label it in the reader's language. */
function withTickets(lines: SessionOut['transcript'], s: StoredSession): SessionOut['transcript'] {
  let turn = -1
  return lines.map((l) => {
    if (l.speaker !== 'trainee') return l
    const reply = s.state.turns[++turn]?.reply
    return reply?.type === 'ticket' ? { ...l, ticket: reply.form } : l
  })
}

export function sessionOut(s: StoredSession, script: Script, ctx: OutputContext, now = Date.now()): SessionOut {
  const view = currentView(s.state, script)
  const live = s.result ?? scoreSession(s.state, ctx.rubric, ctx.settings)
  const turns = turnsOut(s, script, live)
  const out: SessionOut = {
    id: s.id,
    userId: s.userId,
    userName: s.userName,
    scriptId: s.scriptId,
    locale: s.locale,
    title: s.title,
    channel: s.channel,
    mode: s.state.mode,
    status: s.status,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
    persona: view.persona,
    mood: view.mood,
    transcript: withTickets(view.transcript, s),
    ...(view.turn && s.status === 'active' ? { turn: { ...view.turn, elapsedMs: Math.max(0, now - Date.parse(s.turnStartedAt)) } } : {}),
    ...(view.ending ? { ending: view.ending } : {}),
    canRewind: view.canRewind && s.status !== 'abandoned'
  }
  // Practice mode gives feedback after every turn; assessment keeps it for the debrief.
  const last = turns[turns.length - 1]
  if (s.state.mode === 'practice' && last) out.lastTurn = last
  if (s.status === 'finished' && s.result) {
    const d = debrief(s.state, script, s.result)
    const doc = ctx.cases.findPublished(s.scriptId, s.locale)
    out.result = { ...s.result, autoFail: s.result.autoFail.map((a) => ({ standard: a.standard, ...(a.note ? { note: a.note } : {}) })) }
    out.debrief = {
      ...(d.ending ? { ending: d.ending } : {}),
      autoFail: d.autoFail,
      turns,
      weakest: d.weakest,
      strengths: d.strengths,
      lessons: (doc?.sections.lessons ?? []).map((l) => (ctx.mask ? maskPersonalText(l) : l)),
      recommended: recommend(
        d.weakest.map((w) => w.standard),
        s.scriptId,
        s.locale,
        ctx
      )
    }
  }
  return out
}

export function summaryOfSession(s: StoredSession): SessionSummaryOut {
  return {
    id: s.id,
    userId: s.userId,
    userName: s.userName,
    scriptId: s.scriptId,
    locale: s.locale,
    title: s.title,
    mode: s.state.mode,
    status: s.status,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
    overall: s.result?.overall ?? null,
    passed: s.result?.passed ?? null,
    outcome: s.state.ending?.outcome ?? null,
    turns: s.state.turns.length
  }
}

export function summaryOfRow(r: ResultRow): SessionSummaryOut {
  return {
    id: r.sessionId,
    userId: r.userId,
    userName: r.userName,
    scriptId: r.caseId,
    locale: r.locale,
    title: r.title,
    mode: r.mode,
    status: 'finished',
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    overall: r.overall,
    passed: r.passed,
    outcome: r.outcome,
    turns: r.turns
  }
}
