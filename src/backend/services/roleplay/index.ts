import type { Locale } from '@core/domain/enums'
import type { StandardId } from '@core/standards/standards'
import type { BaseServices } from '../base'

/** A finished role-play session as other modules see it (appraisal's training score, trainee progress). */
export interface FinishedSession {
  sessionId: string
  userId: string
  /** The account's staff id when the session was played (links sessions to appraisal records). */
  staffId: string | null
  caseId: string
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
 * The roleplay module's backend service. The two methods below are what other modules rely on
 * (the case reader's "practise this case", appraisal's training score); keep them.
 */
export interface RoleplayService {
  /** Whether a playable scenario exists for the case in this locale. */
  hasScenario(caseId: string, locale: Locale): boolean
  /** Sessions that reached an ending at or after `from` and before `to` (ISO instants). */
  finishedSessions(range: { from: string; to: string; mode?: 'practice' | 'assessment' }): Promise<FinishedSession[]>
}

/** Interim: no scenarios yet; the roleplay module replaces this with its full service. */
export async function openRoleplay(_base: BaseServices): Promise<RoleplayService> {
  return {
    hasScenario: () => false,
    finishedSessions: async () => []
  }
}
