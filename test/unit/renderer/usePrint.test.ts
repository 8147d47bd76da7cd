import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { NMessageProvider } from 'naive-ui'
import type { ShellBridge } from '../../../src/core/api/shell'
import { i18n } from '../../../src/renderer/src/i18n'
import { periodPart, printOrSave, usePrint } from '../../../src/renderer/src/composables/usePrint'

const shell = (reply: Awaited<ReturnType<ShellBridge['printToPdf']>>): ShellBridge => ({ printToPdf: vi.fn(async () => reply) })

describe('printOrSave', () => {
  it('uses the browser print when there is no shell bridge', async () => {
    const print = vi.fn()
    expect(await printOrSave('a.pdf', { print })).toEqual({ kind: 'printed' })
    expect(print).toHaveBeenCalledTimes(1)
  })

  it('saves through the shell in Electron, never calling print', async () => {
    const print = vi.fn()
    const s = shell({ ok: true, data: { path: '/docs/a.pdf' } })
    expect(await printOrSave('a.pdf', { shell: s, print })).toEqual({ kind: 'saved', path: '/docs/a.pdf' })
    expect(s.printToPdf).toHaveBeenCalledWith('a.pdf')
    expect(print).not.toHaveBeenCalled()
  })

  it('reports cancel and failure (a fail reply or a rejected call)', async () => {
    const print = vi.fn()
    expect(await printOrSave('a', { shell: shell({ ok: true, data: { cancelled: true } }), print })).toEqual({ kind: 'cancelled' })
    expect(await printOrSave('a', { shell: shell({ ok: false, code: 'internal', message: 'disk full' }), print })).toEqual({ kind: 'failed', message: 'disk full' })
    const broken: ShellBridge = { printToPdf: vi.fn(async () => Promise.reject(new Error('gone'))) }
    expect(await printOrSave('a', { shell: broken, print })).toEqual({ kind: 'failed', message: 'gone' })
  })
})

describe('periodPart', () => {
  it('names a whole month by the month and any other range by its days', () => {
    expect(periodPart({ from: '2026-10-01', to: '2026-10-31' })).toBe('2026-10')
    expect(periodPart({ from: '2028-02-01', to: '2028-02-29' })).toBe('2028-02')
    expect(periodPart({ from: '2026-10-01', to: '2026-10-30' })).toBe('2026-10-01_2026-10-30')
    expect(periodPart({ from: '2026-10-01', to: '2026-12-31' })).toBe('2026-10-01_2026-12-31')
  })
})

describe('usePrint in a page', () => {
  afterEach(() => {
    delete window.complaintCoachShell
    vi.restoreAllMocks()
    document.body.innerHTML = ''
  })

  // happy-dom has no window.print: give it one to watch.
  function stubPrint() {
    const print = vi.fn()
    Object.defineProperty(window, 'print', { value: print, configurable: true, writable: true })
    return print
  }

  function mountPage() {
    let api: ReturnType<typeof usePrint> | undefined
    const Page = defineComponent({ setup: () => ((api = usePrint()), () => null) })
    mount(() => h(NMessageProvider, null, { default: () => h(Page) }), { global: { plugins: [i18n] }, attachTo: document.body })
    if (!api) throw new Error('not mounted')
    return api
  }

  it('calls window.print in a browser and says the button prints', async () => {
    const print = stubPrint()
    const api = mountPage()
    expect(api.exportsPdf).toBe(false)
    await api.printReport('a')
    expect(print).toHaveBeenCalledTimes(1)
  })

  it('tells where the PDF went in Electron', async () => {
    i18n.global.locale.value = 'en'
    window.complaintCoachShell = shell({ ok: true, data: { path: '/docs/report.pdf' } })
    const print = stubPrint()
    const api = mountPage()
    expect(api.exportsPdf).toBe(true)
    await api.printReport('report')
    await nextTick()
    expect(document.body.textContent).toContain('Saved as PDF: /docs/report.pdf')
    expect(print).not.toHaveBeenCalled()
    i18n.global.locale.value = 'zh-CN'
  })
})
