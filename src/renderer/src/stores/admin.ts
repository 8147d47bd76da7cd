import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { InputOf } from '@core/api/contract'
import type { UserPublic } from '@core/api/channels/auth'
import type { AuditEntryOut } from '@core/api/channels/admin'
import { request } from '../api/client'

/** Accounts and the audit log (administrators). */
export const useAdminStore = defineStore('admin', () => {
  const accounts = ref<UserPublic[]>([])
  const audit = ref<AuditEntryOut[]>([])

  async function loadAccounts() {
    accounts.value = await request('accounts.list', {})
  }
  async function createAccount(input: InputOf<'accounts.create'>) {
    await request('accounts.create', input)
    await loadAccounts()
  }
  async function updateAccount(input: InputOf<'accounts.update'>) {
    await request('accounts.update', input)
    await loadAccounts()
  }
  async function loadAudit(filter: InputOf<'audit.list'> = {}) {
    audit.value = await request('audit.list', filter)
  }
  function exportAudit(filter: InputOf<'audit.export'> = {}) {
    return request('audit.export', filter)
  }

  return { accounts, audit, loadAccounts, createAccount, updateAccount, loadAudit, exportAudit }
})
