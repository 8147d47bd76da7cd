import type { Bridge } from './bridge'

declare global {
  interface Window {
    /** Present only inside the Electron app (the preload bridge). */
    complaintCoach?: Bridge
  }
}
export {}
