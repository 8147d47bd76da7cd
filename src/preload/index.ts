import { contextBridge, ipcRenderer } from 'electron'
import { CHANNEL_NAMES } from '@core/api/contract'
import { buildBridge } from './bridge'
import { buildShellBridge } from './shell'

const invoke = (channel: string, payload: unknown) => ipcRenderer.invoke(channel, payload)

contextBridge.exposeInMainWorld('complaintCoach', buildBridge(CHANNEL_NAMES, invoke))
// Separate from the API bridge: these exist only in Electron and have no HTTP twin.
contextBridge.exposeInMainWorld('complaintCoachShell', buildShellBridge(invoke))
