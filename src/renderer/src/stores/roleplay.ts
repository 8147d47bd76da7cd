import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { InputOf } from '@core/api/contract'
import type { ScenarioOut, SessionOut, SessionSummaryOut } from '@core/api/channels/roleplay'
import type { Locale } from '@core/domain/enums'
import { request } from '../api/client'

type Reply = InputOf<'roleplay.session.reply'>['reply']

/**
 * Role-play: the scenario list, the session being played and the history. The backend owns the session
 * (state, clock, score); this store only holds the last view it sent.
 */
export const useRoleplayStore = defineStore('roleplay', () => {
  const scenarios = ref<ScenarioOut[]>([])
  const session = ref<SessionOut | null>(null)
  const history = ref<SessionSummaryOut[]>([])
  /** While a reply is on its way: the reply area is disabled so a double press does not send twice. */
  const busy = ref(false)
  /** `performance.now()` when the current view arrived; the turn timer counts from the backend's figure. */
  const receivedAt = ref(0)

  const finished = computed(() => session.value?.status === 'finished')

  async function loadScenarios(locale?: Locale) {
    scenarios.value = await request('roleplay.scenarios.list', locale ? { locale } : {})
  }

  function getScenario(id: string, locale: Locale) {
    return request('roleplay.scenarios.get', { id, locale })
  }

  function show(s: SessionOut) {
    session.value = s
    receivedAt.value = performance.now()
    return s
  }

  async function send<T>(fn: () => Promise<T>): Promise<T> {
    busy.value = true
    try {
      return await fn()
    } finally {
      busy.value = false
    }
  }

  const start = (id: string, locale: Locale, mode: 'practice' | 'assessment') =>
    send(async () => show(await request('roleplay.session.start', { id, locale, mode })))
  const load = async (sessionId: string) => show(await request('roleplay.session.get', { sessionId }))
  const reply = (r: Reply) =>
    send(async () => {
      if (!session.value) throw new Error('no session')
      return show(await request('roleplay.session.reply', { sessionId: session.value.id, reply: r }))
    })
  const rewind = (turn: number) =>
    send(async () => {
      if (!session.value) throw new Error('no session')
      return show(await request('roleplay.session.rewind', { sessionId: session.value.id, turn }))
    })
  const abandon = () =>
    send(async () => {
      if (!session.value) throw new Error('no session')
      return show(await request('roleplay.session.abandon', { sessionId: session.value.id }))
    })

  async function loadHistory(userId?: string) {
    history.value = await request('roleplay.session.list', userId ? { userId } : {})
  }

  const exportSession = (sessionId: string) => request('roleplay.session.export', { sessionId })
  const getScript = (id: string, locale: Locale) => request('roleplay.scripts.get', { id, locale })
  const saveScript = (id: string, locale: Locale, text: string) => request('roleplay.scripts.save', { id, locale, text })
  const validateScript = (id: string, locale: Locale, text: string) => request('roleplay.scripts.validate', { id, locale, text })

  return {
    scenarios, session, history, busy, receivedAt, finished,
    loadScenarios, getScenario, start, load, reply, rewind, abandon, loadHistory, exportSession, getScript, saveScript, validateScript
  }
})
