import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { InputOf, OutputOf } from '@core/api/contract'
import type { CaseDetailOut, CaseDraftIn, CaseSearchOut } from '@core/api/channels/cases'
import type { Locale } from '@core/domain/enums'
import { request } from '../api/client'

type Key = { id: string; locale: Locale }
type StatusAction = 'cases.submit' | 'cases.approve' | 'cases.return' | 'cases.archive' | 'cases.unarchive'

/** The case library: search results, the open case, and the authoring and review calls. */
export const useCasesStore = defineStore('cases', () => {
  const results = ref<CaseSearchOut | null>(null)
  const current = ref<CaseDetailOut | null>(null)
  const queue = ref<OutputOf<'cases.reviewQueue'>>([])
  const mine = ref<OutputOf<'cases.mine'>>([])
  let searchSeq = 0

  /** Only the newest search's answer is kept, so fast typing never shows stale results. */
  async function search(input: InputOf<'cases.search'>) {
    const seq = ++searchSeq
    const r = await request('cases.search', input)
    if (seq === searchSeq) results.value = r
    return r
  }
  async function open(key: Key) {
    current.value = await request('cases.get', key)
    return current.value
  }
  async function create(draft: CaseDraftIn) {
    current.value = await request('cases.create', draft)
    return current.value
  }
  async function update(draft: CaseDraftIn, baseVersion: number) {
    current.value = await request('cases.update', { ...draft, baseVersion })
    return current.value
  }
  async function duplicate(key: Key, newId: string) {
    current.value = await request('cases.duplicate', { ...key, newId })
    return current.value
  }
  async function setStatus(action: StatusAction, key: Key, comment?: string) {
    current.value = await request(action, comment === undefined ? key : { ...key, comment })
    return current.value
  }
  async function loadQueue() {
    queue.value = await request('cases.reviewQueue', {})
  }
  async function loadMine() {
    mine.value = await request('cases.mine', {})
  }
  const history = (key: Key) => request('cases.history', key)
  const version = (key: Key, n: number) => request('cases.version', { ...key, n })
  async function restoreVersion(key: Key, n: number) {
    current.value = await request('cases.restoreVersion', { ...key, n })
    return current.value
  }
  const importFiles = (files: { name: string; text: string }[]) => request('cases.import', { files })
  const exportCases = (keys: Key[], format: 'zip' | 'markdown') => request('cases.export', { keys, format })

  return {
    results, current, queue, mine,
    search, open, create, update, duplicate, setStatus, loadQueue, loadMine, history, version, restoreVersion, importFiles, exportCases
  }
})
