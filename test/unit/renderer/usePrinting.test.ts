import { describe, expect, it, vi } from 'vitest'
import { usePrinting, withPrintLayout } from '../../../src/renderer/src/composables/usePrinting'

// A matchMedia stand-in whose "print" query the test can flip, as a browser does when printing.
const listeners: ((e: { matches: boolean }) => void)[] = []
vi.stubGlobal('matchMedia', (query: string) => ({
  matches: false,
  media: query,
  addEventListener: (_type: string, fn: (e: { matches: boolean }) => void) => listeners.push(fn)
}))

describe('usePrinting', () => {
  it('is true while the print button prints, so tables render every row, and false afterwards', async () => {
    const printing = usePrinting()
    let seen: boolean | null = null
    await withPrintLayout(async () => {
      seen = printing.value
    })
    expect(seen).toBe(true)
    expect(printing.value).toBe(false)
  })
  it('puts the screen layout back when printing fails', async () => {
    const printing = usePrinting()
    await expect(withPrintLayout(async () => Promise.reject(new Error('no printer')))).rejects.toThrow('no printer')
    expect(printing.value).toBe(false)
  })
  it('follows the print media query (Ctrl+P, or print media emulated by a test tool)', () => {
    const printing = usePrinting()
    expect(listeners.length).toBe(1)
    listeners[0]({ matches: true })
    expect(printing.value).toBe(true)
    listeners[0]({ matches: false })
    expect(printing.value).toBe(false)
  })
})
