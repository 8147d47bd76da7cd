import { ref } from 'vue'
import { useMessage } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import type { ShellBridge } from '@core/api/shell'
import { withPrintLayout } from './usePrinting'

export type PrintOutcome =
  | { kind: 'printed' }
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string }

export interface PrintEnv {
  /** The Electron shell bridge; absent in a browser. */
  shell?: ShellBridge
  print(): void
}

const windowEnv = (): PrintEnv => ({ shell: window.complaintCoachShell, print: () => window.print() })

/**
 * Electron has no print preview worth the name, so there the page is saved as a PDF through the
 * shell; a browser's own print dialog already offers "Save as PDF", so there it is simply printed.
 */
export async function printOrSave(fileName: string, env: PrintEnv = windowEnv()): Promise<PrintOutcome> {
  if (!env.shell) {
    env.print()
    return { kind: 'printed' }
  }
  try {
    const reply = await env.shell.printToPdf(fileName)
    if (!reply.ok) return { kind: 'failed', message: reply.message }
    return 'path' in reply.data ? { kind: 'saved', path: reply.data.path } : { kind: 'cancelled' }
  } catch (e) {
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e) }
  }
}

/** "2026-10" for a whole calendar month, "2026-10-01_2026-10-15" otherwise: for file names. */
export function periodPart({ from, to }: { from: string; to: string }): string {
  const month = from.slice(0, 7)
  const [y, m] = month.split('-').map(Number)
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return from === `${month}-01` && to === `${month}-${String(lastDay).padStart(2, '0')}` ? month : `${from}_${to}`
}

/** The pages' print button: a PDF in Electron (with a message saying where), the print dialog in a browser. */
export function usePrint() {
  const { t } = useI18n()
  const message = useMessage()
  const busy = ref(false)
  // The preload runs before the page, so the bridge is either there from the start or never.
  const exportsPdf = !!window.complaintCoachShell

  async function printReport(fileName: string): Promise<void> {
    if (busy.value) return
    busy.value = true
    try {
      const r = await withPrintLayout(() => printOrSave(fileName))
      if (r.kind === 'saved') message.success(t('print.saved', { path: r.path }), { duration: 6000, closable: true })
      else if (r.kind === 'failed') message.error(t('print.failed', { message: r.message }))
    } finally {
      busy.value = false
    }
  }
  return { printReport, busy, exportsPdf }
}
