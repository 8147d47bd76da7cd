import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import { PRINT_PDF_CHANNEL } from '../../../src/core/api/shell'
import { printToPdf, registerPrint, type PrintDeps } from '../../../src/main/print'
import { safePdfName } from '../../../src/main/print-name'
import { APP_ORIGIN } from '../../../src/main/window-options'

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46])
const owner = { id: 'window' }

function setup(over: Partial<PrintDeps> = {}, url = `${APP_ORIGIN}/index.html`) {
  const sender = { printToPDF: vi.fn(async () => PDF) }
  const deps = {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/u/Documents/out.pdf' })),
    windowOf: vi.fn(() => owner),
    writeFile: vi.fn(async () => undefined),
    documentsDir: vi.fn(() => '/home/u/Documents'),
    ...over
  }
  const event = { senderFrame: { url }, sender }
  const run = (input: unknown) => printToPdf(event as never, input, deps as unknown as PrintDeps)
  return { deps, sender, run }
}

describe('print to PDF handler', () => {
  it('registers one shell channel that runs the handler', async () => {
    const handle = vi.fn()
    registerPrint({ handle } as never, setup().deps as unknown as PrintDeps)
    expect(handle).toHaveBeenCalledTimes(1)
    expect(handle.mock.calls[0][0]).toBe(PRINT_PDF_CHANNEL)
  })

  it('refuses frames that are not the app, before rendering anything', async () => {
    const { run, sender, deps } = setup({}, 'https://evil.example/')
    expect(await run('a.pdf')).toMatchObject({ ok: false, code: 'forbidden' })
    expect(sender.printToPDF).not.toHaveBeenCalled()
    expect(deps.showSaveDialog).not.toHaveBeenCalled()
  })

  it('refuses a name that is not a string or is too long', async () => {
    const { run, sender } = setup()
    for (const bad of [undefined, 42, { name: 'a' }, 'x'.repeat(201)])
      expect(await run(bad)).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(sender.printToPDF).not.toHaveBeenCalled()
  })

  it('renders A4 (or the size the page asks for) with backgrounds, offers a safe name in Documents and writes the bytes where the user chose', async () => {
    const { run, sender, deps } = setup()
    expect(await run('../../etc/staff CS004 2026-10')).toEqual({ ok: true, data: { path: '/home/u/Documents/out.pdf' } })
    expect(sender.printToPDF).toHaveBeenCalledWith({ printBackground: true, pageSize: 'A4', preferCSSPageSize: true })
    expect(deps.windowOf).toHaveBeenCalledWith(sender)
    expect(deps.showSaveDialog).toHaveBeenCalledWith(owner, {
      defaultPath: expect.stringMatching(/Documents[/\\]etc-staff CS004 2026-10\.pdf$/),
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
    expect(deps.writeFile).toHaveBeenCalledWith('/home/u/Documents/out.pdf', PDF)
  })

  it('writes nothing when the user cancels', async () => {
    for (const choice of [{ canceled: true, filePath: '' }, { canceled: false, filePath: '' }]) {
      const { run, deps } = setup({ showSaveDialog: vi.fn(async () => choice) })
      expect(await run('a')).toEqual({ ok: true, data: { cancelled: true } })
      expect(deps.writeFile).not.toHaveBeenCalled()
    }
  })

  it('says clearly when the page cannot be rendered, without opening the dialog', async () => {
    const { run, sender, deps } = setup()
    sender.printToPDF.mockRejectedValueOnce(new Error('Printing failed'))
    const reply = await run('a')
    expect(reply).toMatchObject({ ok: false, code: 'internal' })
    expect(reply.ok ? '' : reply.message).toBe('Could not render the page as PDF: Printing failed')
    expect(deps.showSaveDialog).not.toHaveBeenCalled()
  })

  it('names the path when the file cannot be written', async () => {
    const { run } = setup({ writeFile: vi.fn(async () => Promise.reject(new Error('EACCES'))) })
    const reply = await run('a')
    expect(reply.ok ? '' : reply.message).toBe('Could not write /home/u/Documents/out.pdf: EACCES')
  })

  it('still offers the name when the documents folder is unknown', async () => {
    const { run, deps } = setup({ documentsDir: () => { throw new Error('no XDG') } })
    await run('report')
    expect(deps.showSaveDialog).toHaveBeenCalledWith(owner, expect.objectContaining({ defaultPath: 'report.pdf' }))
  })
})

describe('safe PDF names', () => {
  it('keep readable names, Chinese included, and end in .pdf once', () => {
    expect(safePdfName('appraisal-2026-10-01_2026-10-31')).toBe('appraisal-2026-10-01_2026-10-31.pdf')
    expect(safePdfName('投诉分析报告 2026-10.PDF')).toBe('投诉分析报告 2026-10.pdf')
  })

  it('are never a path, hidden, empty, a device or overlong', () => {
    expect(safePdfName('/etc/passwd')).toBe('etc-passwd.pdf')
    expect(safePdfName('..\\..\\win.ini')).toBe('win.ini.pdf')
    expect(safePdfName('a:b*c?"d"<e>|f\u0000\n')).toBe('a-b-c-d-e-f.pdf')
    expect(safePdfName('.hidden')).toBe('hidden.pdf')
    expect(safePdfName(' ... ')).toBe('report.pdf')
    expect(safePdfName('')).toBe('report.pdf')
    expect(safePdfName('CON')).toBe('_CON.pdf')
    expect(safePdfName('nul.tar')).toBe('_nul.tar.pdf')
    expect(safePdfName('报'.repeat(200))).toBe(`${'报'.repeat(120)}.pdf`)
  })
})
