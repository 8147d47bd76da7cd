import type { ShellBridge } from '@core/api/shell'
import type { Bridge } from './bridge'

declare global {
  interface Window {
    /** Present only inside the Electron app (the preload bridge). */
    complaintCoach?: Bridge
    /** Present only inside the Electron app: what only the window can do (print to PDF). */
    complaintCoachShell?: ShellBridge
  }
}
export {}
