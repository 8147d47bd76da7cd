import type { IpcMain } from 'electron'
import { CHANNEL_NAMES } from '@core/api/contract'
import { fail } from '@core/api/reply'
import type { Backend } from '../backend/backend'
import { isTrustedSender } from './guards'

interface Payload {
  input?: unknown
  session?: unknown
}

/** Registers every channel of the API table on ipcMain.handle, behind the sender check. */
export function registerIpc(ipcMain: IpcMain, backend: Backend, devServerUrl?: string): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(`cc:${channel}`, async (event, payload: Payload | undefined) => {
      if (!isTrustedSender(event, devServerUrl)) return fail('forbidden', 'IPC from an untrusted frame')
      const session = typeof payload?.session === 'string' ? payload.session : null
      return backend.call({ channel, input: payload?.input, session, transport: 'ipc' })
    })
  }
}
