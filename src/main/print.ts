import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, SaveDialogOptions, SaveDialogReturnValue, WebContents } from 'electron'
import { join } from 'node:path'
import { z } from 'zod'
import { fail, ok, type ApiReply } from '@core/api/reply'
import { PRINT_NAME_MAX, PRINT_PDF_CHANNEL, type PrintPdfResult } from '@core/api/shell'
import { isTrustedSender } from './guards'
import { safePdfName } from './print-name'

/** Electron's pieces, passed in so a unit test can run the handler without Electron. */
export interface PrintDeps {
  showSaveDialog(owner: BrowserWindow | null, options: SaveDialogOptions): Promise<SaveDialogReturnValue>
  windowOf(contents: WebContents): BrowserWindow | null
  writeFile(path: string, data: Uint8Array): Promise<void>
  /** May throw (Linux without XDG folders); the dialog then starts from its own default. */
  documentsDir(): string
  devServerUrl?: string
}

const Input = z.string().max(PRINT_NAME_MAX)

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e))

function defaultPath(deps: PrintDeps, name: string): string {
  try {
    return join(deps.documentsDir(), name)
  } catch {
    return name
  }
}

/** Saves the sender's page as an A4 PDF where the user chooses. */
export async function printToPdf(event: IpcMainInvokeEvent, input: unknown, deps: PrintDeps): Promise<ApiReply<PrintPdfResult>> {
  if (!isTrustedSender(event, deps.devServerUrl)) return fail('forbidden', 'IPC from an untrusted frame')
  const parsed = Input.safeParse(input)
  if (!parsed.success) return fail('invalid-input', `file name: a string of at most ${PRINT_NAME_MAX} characters`)
  const name = safePdfName(parsed.data)

  // Render before asking for a path: the PDF shows the page as it was when the user clicked,
  // and a page that cannot be rendered does not cost them a trip through the dialog.
  // A4 unless the page names a size itself (the appraisal ranking asks for landscape).
  let pdf: Uint8Array
  try {
    pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true })
  } catch (e) {
    return fail('internal', `Could not render the page as PDF: ${reason(e)}`)
  }

  let choice: SaveDialogReturnValue
  try {
    choice = await deps.showSaveDialog(deps.windowOf(event.sender), {
      defaultPath: defaultPath(deps, name),
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
  } catch (e) {
    return fail('internal', `Could not open the save dialog: ${reason(e)}`)
  }
  if (choice.canceled || !choice.filePath) return ok({ cancelled: true })

  // Written to exactly the path chosen: appending ".pdf" ourselves could overwrite a file
  // the dialog never asked the user about.
  try {
    await deps.writeFile(choice.filePath, pdf)
  } catch (e) {
    return fail('internal', `Could not write ${choice.filePath}: ${reason(e)}`)
  }
  return ok({ path: choice.filePath })
}

export function registerPrint(ipcMain: Pick<IpcMain, 'handle'>, deps: PrintDeps): void {
  ipcMain.handle(PRINT_PDF_CHANNEL, (event, input: unknown) => printToPdf(event, input, deps))
}
