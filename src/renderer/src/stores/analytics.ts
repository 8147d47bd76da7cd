import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { OverviewOut, ReportOut, ReportSummaryOut } from '@core/api/channels/analytics'
import type { PeriodUnit } from '@core/analytics/types'
import type { Locale } from '@core/domain/enums'
import { request } from '../api/client'

export interface PeriodQuery {
  unit: PeriodUnit
  at: string
  count: number
  team: string | null
}

const today = () => {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

/** Complaint analytics and periodic reports (trainers and managers). */
export const useAnalyticsStore = defineStore('analytics', () => {
  const query = ref<PeriodQuery>({ unit: 'month', at: today(), count: 6, team: null })
  const teams = ref<string[]>([])
  const overview = ref<OverviewOut | null>(null)
  const report = ref<ReportOut | null>(null)
  const reports = ref<ReportSummaryOut[]>([])

  const input = () => ({ unit: query.value.unit, at: query.value.at, count: query.value.count, ...(query.value.team ? { team: query.value.team } : {}) })

  async function loadTeams() {
    teams.value = await request('analytics.teams', {})
  }
  async function loadOverview() {
    overview.value = await request('analytics.overview', input())
  }
  async function generate(locale: Locale) {
    report.value = await request('analytics.report.generate', { ...input(), locale })
  }
  async function loadReports() {
    reports.value = await request('analytics.report.list', {})
  }
  async function openReport(id: string) {
    report.value = await request('analytics.report.get', { id })
  }
  /** Saves the report on screen: a new one is generated again on the server with these edits; a saved one is updated. */
  async function saveReport(title: string, suggestions: string) {
    const r = report.value
    if (!r) return
    report.value = r.saved
      ? await request('analytics.report.update', { id: r.saved.id, baseVersion: r.saved.version, title, suggestions })
      : await request('analytics.report.save', {
          unit: r.unit,
          at: r.period.from,
          count: Math.max(2, r.trend.length),
          ...(r.team ? { team: r.team } : {}),
          locale: r.locale,
          title,
          suggestions
        })
    await loadReports()
  }
  function draftCase(ticketIds: string[], locale: Locale) {
    return request('analytics.draftCase.fromTickets', { ticketIds, locale })
  }

  return { query, teams, overview, report, reports, loadTeams, loadOverview, generate, loadReports, openReport, saveReport, draftCase }
})
