import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { InputOf } from '@core/api/contract'
import type { UserPublic } from '@core/api/channels/auth'
import type { AuditEntryOut, BackupEntryOut } from '@core/api/channels/admin'
import { request } from '../api/client'

/** Accounts and the audit log (administrators). */
export const useAdminStore = defineStore('admin', () => {
  const accounts = ref<UserPublic[]>([])
  const audit = ref<AuditEntryOut[]>([])
  const archives = ref<BackupEntryOut[]>([])
  const archiveEveryHours = ref(24)

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

  async function loadBackups() {
    const r = await request('backup.list', {})
    archives.value = r.archives
    archiveEveryHours.value = r.everyHours
  }
  async function backupNow() {
    const entry = await request('backup.runNow', {})
    await loadBackups()
    return entry
  }
  function exportBackup() {
    return request('backup.export', {})
  }
  /** Replaces all data; the backend signs everyone out afterwards. */
  function restoreBackup(fileName: string, base64: string) {
    return request('backup.restore', { fileName, base64 })
  }

  return {
    accounts, audit, archives, archiveEveryHours,
    loadAccounts, createAccount, updateAccount, loadAudit, exportAudit, loadBackups, backupNow, exportBackup, restoreBackup
  }
})
