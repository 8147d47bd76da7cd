import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { InputOf, OutputOf } from '@core/api/contract'
import type { AssignmentOut, SpecialOut } from '@core/api/channels/incentives'
import type { CaseSummaryOut } from '@core/api/channels/cases'
import type { Locale } from '@core/domain/enums'
import type { Rubric } from '@core/standards/standards'
import { request } from '../api/client'

export type SpecialDetail = OutputOf<'special.get'>
export type PeriodIncentives = OutputOf<'incentives.period'>
export type People = OutputOf<'incentives.people'>

/** Special appraisals, disputes, incentive lists and training assignments. */
export const useIncentivesStore = defineStore('incentives', () => {
  const appraisals = ref<SpecialOut[]>([])
  const current = ref<SpecialDetail | null>(null)
  const rubric = ref<Rubric | null>(null)
  const period = ref<PeriodIncentives | null>(null)
  const people = ref<People>({ roster: [], trainees: [] })
  const assignments = ref<AssignmentOut[]>([])
  const mine = ref<AssignmentOut[]>([])
  const publishedCases = ref<CaseSummaryOut[]>([])

  async function loadRubric(): Promise<Rubric> {
    rubric.value ??= await request('standards.get', {})
    return rubric.value
  }
  async function loadAppraisals(staffId?: string) {
    appraisals.value = await request('special.list', staffId ? { staffId } : {})
  }
  async function loadAppraisal(id: string) {
    current.value = await request('special.get', { id })
    return current.value
  }
  function create(input: InputOf<'special.create'>) {
    return request('special.create', input)
  }
  function update(input: InputOf<'special.update'>) {
    return request('special.update', input)
  }
  async function dispute(input: InputOf<'special.dispute'>) {
    await request('special.dispute', input)
    await loadAppraisal(input.id)
  }
  async function resolveDispute(input: InputOf<'special.resolveDispute'>) {
    await request('special.resolveDispute', input)
    await loadAppraisal(input.id)
  }

  async function loadPeriod(input: InputOf<'incentives.period'>) {
    period.value = await request('incentives.period', input)
  }
  async function loadPeople() {
    people.value = await request('incentives.people', {})
  }

  /** Published cases to pick from when assigning (the library's search, published only). */
  async function loadPublishedCases(locale: Locale) {
    const r = await request('cases.search', { query: '', locale, limit: 200, filters: { status: ['published'] } })
    publishedCases.value = r.hits
  }
  async function assign(input: InputOf<'training.assign'>) {
    const made = await request('training.assign', input)
    await loadAssignments()
    return made
  }
  async function loadAssignments(filter: InputOf<'training.list'> = {}) {
    assignments.value = await request('training.list', filter)
  }
  async function cancelAssignment(id: string) {
    await request('training.cancel', { id })
    await loadAssignments()
  }
  async function loadMine() {
    mine.value = await request('training.mine', {})
  }
  /** A case to read from the home page's training widget. */
  function loadCase(id: string, locale: Locale) {
    return request('cases.get', { id, locale })
  }
  async function complete(id: string) {
    await request('training.complete', { id })
    await loadMine()
  }

  return {
    appraisals, current, rubric, period, people, assignments, mine, publishedCases,
    loadRubric, loadAppraisals, loadAppraisal, create, update, dispute, resolveDispute,
    loadPeriod, loadPeople, loadPublishedCases, assign, loadAssignments, cancelAssignment, loadMine, loadCase, complete
  }
})
