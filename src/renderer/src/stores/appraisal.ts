import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { InputOf, OutputOf } from '@core/api/contract'
import type { ImportOut, MemberOut, PeriodOut, StaffDetailOut } from '@core/api/channels/appraisal'
import { request } from '../api/client'

type Range = { from: string; to: string }

/** Period appraisal, the roster, staff pages and record imports (managers; a trainee's own staff page). */
export const useAppraisalStore = defineStore('appraisal', () => {
  const overview = ref<OutputOf<'appraisal.overview'> | null>(null)
  const period = ref<PeriodOut | null>(null)
  const roster = ref<MemberOut[]>([])
  const detail = ref<StaffDetailOut | null>(null)
  const job = ref<ImportOut | null>(null)

  async function loadOverview() {
    overview.value = await request('appraisal.overview', {})
    return overview.value
  }
  async function loadPeriod(range: Range, team?: string) {
    period.value = await request('appraisal.period', { ...range, ...(team ? { team } : {}) })
  }
  async function loadStaff(staffId: string, range: Range) {
    detail.value = null
    detail.value = await request('appraisal.staff', { ...range, staffId })
  }
  function exportTable(input: InputOf<'appraisal.export'>) {
    return request('appraisal.export', input)
  }
  function exportStaff(input: InputOf<'appraisal.staff.export'>) {
    return request('appraisal.staff.export', input)
  }

  async function loadRoster() {
    roster.value = await request('appraisal.roster.list', {})
  }
  async function saveMember(m: InputOf<'appraisal.roster.save'>) {
    await request('appraisal.roster.save', m)
    await loadRoster()
  }
  async function importRoster(text: string) {
    const r = await request('appraisal.roster.import', { text })
    await loadRoster()
    return r
  }

  function getRecord(ticketId: string) {
    return request('appraisal.record.get', { ticketId })
  }
  function saveRecord(input: InputOf<'appraisal.record.save'>) {
    return request('appraisal.record.save', input)
  }

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
  /** Polls the job while `state` lasts; the window stays responsive because the backend works in chunks. */
  async function follow(state: ImportOut['state']) {
    while (job.value && job.value.state === state) {
      await sleep(250)
      if (!job.value) return
      job.value = await request('appraisal.import.progress', { jobId: job.value.jobId })
    }
  }
  async function startImport(fileName: string, base64: string) {
    job.value = await request('appraisal.import.start', { fileName, base64 })
    await follow('parsing')
  }
  async function commitImport() {
    if (!job.value) return
    job.value = await request('appraisal.import.commit', { jobId: job.value.jobId })
    await follow('committing')
  }
  async function cancelImport() {
    if (job.value && (job.value.state === 'parsing' || job.value.state === 'ready')) await request('appraisal.import.cancel', { jobId: job.value.jobId })
    job.value = null
  }

  return {
    overview, period, roster, detail, job,
    loadOverview, loadPeriod, loadStaff, exportTable, exportStaff, loadRoster, saveMember, importRoster, getRecord, saveRecord, startImport, commitImport, cancelImport
  }
})
