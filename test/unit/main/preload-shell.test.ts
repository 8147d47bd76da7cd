import { describe, expect, it, vi } from 'vitest'

const exposed = new Map<string, unknown>()
const invoke = vi.fn(async (_channel: string, _arg: unknown): Promise<unknown> => ({ ok: true, data: { path: '/tmp/a.pdf' } }))
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke: (channel: string, arg: unknown) => invoke(channel, arg) }
}))

import { PRINT_PDF_CHANNEL, type ShellBridge } from '../../../src/core/api/shell'
import { buildShellBridge } from '../../../src/preload/shell'

describe('preload exposure', () => {
  it('exposes the API bridge and the shell bridge, and neither hands out ipcRenderer', async () => {
    await import('../../../src/preload/index')
    expect([...exposed.keys()].sort()).toEqual(['complaintCoach', 'complaintCoachShell'])
    const shell = exposed.get('complaintCoachShell') as ShellBridge
    expect(Object.keys(shell)).toEqual(['printToPdf'])
    expect(Object.isFrozen(shell)).toBe(true)
    for (const api of exposed.values())
      for (const v of Object.values(api as object)) expect(typeof v, 'only methods are exposed').toBe('function')
    expect(await shell.printToPdf('report')).toEqual({ ok: true, data: { path: '/tmp/a.pdf' } })
    expect(invoke).toHaveBeenCalledWith(PRINT_PDF_CHANNEL, 'report')
  })

  it('refuses a name that is not a string without calling the shell', async () => {
    const call = vi.fn()
    const shell = buildShellBridge(call)
    expect(await shell.printToPdf({ toString: () => 'x' } as unknown as string)).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(call).not.toHaveBeenCalled()
  })
})
