import type { Locale } from '@core/domain/enums'
import type { StandardId } from '@core/standards/standards'
import type { BaseServices } from '../base'
import { ScriptLibrary } from './scripts'
import { SessionService } from './service'
import { SessionStore } from './store'

/** A finished role-play session as other modules see it (appraisal's training score, trainee progress). */
export interface FinishedSession {
  sessionId: string
  userId: string
  /** The account's staff id when the session was played (links sessions to appraisal records). */
  staffId: string | null
  caseId: string
  /** The scenario's title when it was played. */
  title: string
  locale: Locale
  mode: 'practice' | 'assessment'
  /** ISO instant the session reached its ending. */
  finishedAt: string
  overall: number
  passed: boolean
  /** Per-standard score 0–100, null when not exercised. */
  standards: { id: StandardId; score: number | null }[]
}

/**
 * The roleplay module's backend service. `hasScenario` and `finishedSessions` are what other modules rely
 * on (the case reader's "practise this case", appraisal's training score); keep them. `sessions` and
 * `scripts` are the module's own API (handlers in src/backend/api/handlers/roleplay.ts).
 */
export interface RoleplayService {
  /** Whether a playable scenario exists for the case in this locale. */
  hasScenario(caseId: string, locale: Locale): boolean
  /** Sessions that reached an ending at or after `from` and before `to` (ISO instants). */
  finishedSessions(range: { from: string; to: string; mode?: 'practice' | 'assessment' }): Promise<FinishedSession[]>
  /** Session state, turns, rewinds and scoring. */
  sessions: SessionService
  /** Shipped and trainer-edited scripts. */
  scripts: ScriptLibrary
}

export type { SessionService } from './service'
export type { ScriptLibrary } from './scripts'

/** Loads the scripts (shipped under `<casesDir>/scenarios/`, trainers' edits in the data folder) and the session store. */
export async function openRoleplay(base: BaseServices): Promise<RoleplayService> {
  const scripts = await ScriptLibrary.open(base.data, base.paths.casesDir, base.log)
  const store = new SessionStore(base.data)
  const sessions = new SessionService(base, scripts, store)
  return {
    hasScenario: (caseId, locale) => scripts.get(caseId, locale) !== undefined,
    finishedSessions: async ({ from, to, mode }) =>
      (await store.resultsBetween(from, to))
        .filter((r) => !mode || r.mode === mode)
        .map((r) => ({
          sessionId: r.sessionId,
          userId: r.userId,
          staffId: r.staffId,
          caseId: r.caseId,
          title: r.title,
          locale: r.locale,
          mode: r.mode,
          finishedAt: r.finishedAt,
          overall: r.overall,
          passed: r.passed,
          standards: r.standards
        })),
    sessions,
    scripts
  }
}
