import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({}))

import { CHANNEL_NAMES } from '../../../src/core/api/contract'
import { registerIpc } from '../../../src/main/ipc'
import { APP_ORIGIN } from '../../../src/main/window-options'
import type { Backend } from '../../../src/backend/backend'

type Handler = (event: { senderFrame: { url: string } | null }, payload: unknown) => Promise<unknown>

describe('IPC adapter', () => {
  const handlers = new Map<string, Handler>()
  const ipcMain = { handle: vi.fn((name: string, h: Handler) => handlers.set(name, h)) }
  const call = vi.fn(async () => ({ ok: true, data: 'x' }))
  registerIpc(ipcMain as never, { call } as unknown as Backend)

  it('registers every channel of the API table', () => {
    expect([...handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((c) => `cc:${c}`).sort())
  })

  it('forwards calls from the app with their session', async () => {
    const h = handlers.get('cc:app.info') as Handler
    await h({ senderFrame: { url: `${APP_ORIGIN}/index.html` } }, { input: {}, session: 's1' })
    expect(call).toHaveBeenCalledWith({ channel: 'app.info', input: {}, session: 's1', transport: 'ipc' })
  })

  it('refuses frames that are not the app', async () => {
    call.mockClear()
    const h = handlers.get('cc:accounts.list') as Handler
    const reply = await h({ senderFrame: { url: 'https://evil.example/' } }, { input: {}, session: 's1' })
    expect(reply).toMatchObject({ ok: false, code: 'forbidden' })
    expect(call).not.toHaveBeenCalled()
  })
})
