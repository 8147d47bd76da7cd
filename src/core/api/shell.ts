import type { ApiReply } from './reply'

/**
 * Shell-only IPC: things only the Electron window can do (no HTTP twin, so not in the API table).
 * The prefix differs from the API's `cc:` so the two can never collide.
 */
export const PRINT_PDF_CHANNEL = 'cc-shell:print-pdf'

/** Longest suggested file name the renderer may send; the save dialog lets the user change it. */
export const PRINT_NAME_MAX = 200

export type PrintPdfResult = { path: string } | { cancelled: true }

/** What the preload exposes as `window.complaintCoachShell`. */
export interface ShellBridge {
  printToPdf(fileName: string): Promise<ApiReply<PrintPdfResult>>
}
