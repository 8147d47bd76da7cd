import type { ApiReply } from '@core/api/reply'
import { PRINT_PDF_CHANNEL, type PrintPdfResult, type ShellBridge } from '@core/api/shell'

export type ShellInvoke = (channel: string, arg: unknown) => Promise<unknown>

/**
 * The shell's own methods, apart from the API bridge: each one is named, takes plain data and
 * reaches one fixed channel, so the renderer never holds ipcRenderer or picks a channel itself.
 */
export function buildShellBridge(invoke: ShellInvoke): ShellBridge {
  return Object.freeze({
    async printToPdf(fileName: string): Promise<ApiReply<PrintPdfResult>> {
      if (typeof fileName !== 'string') return { ok: false, code: 'invalid-input', message: 'file name: a string' }
      return (await invoke(PRINT_PDF_CHANNEL, fileName)) as ApiReply<PrintPdfResult>
    }
  })
}
