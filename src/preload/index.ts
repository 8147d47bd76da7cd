import { contextBridge, ipcRenderer } from 'electron'
import { CHANNEL_NAMES } from '@core/api/contract'
import { buildBridge } from './bridge'

contextBridge.exposeInMainWorld(
  'complaintCoach',
  buildBridge(CHANNEL_NAMES, (channel, payload) => ipcRenderer.invoke(channel, payload))
)
