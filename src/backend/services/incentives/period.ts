import type { ImprovementOut } from '@core/api/channels/incentives'
import type { PeriodRange, StaffKpi } from '@core/appraisal/types'
import type { Locale } from '@core/domain/enums'
import { improvementList, recognitionList, suggestTraining, weakestCategories, weakestStandards, type StandardEvidence } from '@core/incentives'
import type { AppraisalService } from '../appraisal'
import type { BaseServices } from '../base'
import type { CasesService } from '../cases'
import type { RoleplayService } from '../roleplay'
import type { SpecialAppraisals } from './special'

/** How far back evidence of weak standards reaches before the period ends (sessions and special appraisals). */
const EVIDENCE_DAYS = 180
const WEAK_STANDARDS = 3
const WEAK_CATEGORIES = 2
const SUGGESTIONS = 5

export interface PeriodIncentives {
  recognitionBy: 'grade-a' | 'top-n'
  topN: number
  recognition: StaffKpi[]
  improvement: ImprovementOut[]
}

interface Deps {
  appraisal: AppraisalService
  cases: CasesService
  roleplay: RoleplayService
  special: SpecialAppraisals
}

/**
 * Evidence runs from EVIDENCE_DAYS before the period until now (or the period's end, if later): a plan
 * made today for last month should know about an appraisal recorded this week. Day edges are widened
 * by a day so the range is generous in any time zone.
 */
function evidenceRange(range: PeriodRange): { from: string; to: string } {
  const from = new Date(Date.parse(`${range.from}T00:00:00Z`) - (EVIDENCE_DAYS + 1) * 86_400_000).toISOString()
  const end = new Date(Date.parse(`${range.to}T00:00:00Z`) + 2 * 86_400_000).toISOString()
  const now = new Date(Date.now() + 1000).toISOString()
  return { from, to: end > now ? end : now }
}

/**
 * The incentives of a period: the recognition list and the improvement list with a training plan per
 * person, built from the period table, their records, special appraisals and role-play sessions.
 */
export async function periodIncentives(base: BaseServices, deps: Deps, range: PeriodRange & { team?: string }, locale: Locale): Promise<PeriodIncentives> {
  const settings = base.settings.settings
  const table = await deps.appraisal.periodTable(range)
  const by = settings.appraisal.recognitionBy
  const topN = settings.appraisal.recognitionTopN
  const improvement = improvementList(table)
  const evidence = evidenceRange(range)
  const sessions = improvement.length > 0 ? await deps.roleplay.finishedSessions(evidence) : []
  const trainees = base.auth.list().filter((u) => u.active && u.roles.includes('trainee') && u.staffId)
  const published = deps.cases.listPublished()
  const passMark = base.standards.rubric().passMark
  const out: ImprovementOut[] = []
  for (const kpi of improvement) {
    const scored: StandardEvidence[] = [
      ...deps.special.evidence(kpi.staffId, evidence),
      ...sessions.filter((s) => s.staffId === kpi.staffId).map((s) => s.standards)
    ]
    const weakStd = weakestStandards(scored, { below: passMark, limit: WEAK_STANDARDS })
    const records = await deps.appraisal.records({ ...range, staffId: kpi.staffId })
    const weakCat = weakestCategories(records, settings.sla, WEAK_CATEGORIES)
    const suggestions = suggestTraining(
      published,
      { standards: weakStd.map((w) => w.id), categories: weakCat.map((c) => c.category) },
      { locale, limit: SUGGESTIONS, hasScenario: (id, l) => deps.roleplay.hasScenario(id, l) }
    )
    const account = trainees.find((u) => u.staffId === kpi.staffId)
    out.push({
      kpi, account: account ? { userId: account.id, displayName: account.displayName } : null,
      weakStandards: weakStd, weakCategories: weakCat, suggestions
    })
  }
  return { recognitionBy: by, topN, recognition: recognitionList(table, by, topN), improvement: out }
}
