import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_NAMES } from '../../../src/core/api/contract'
import { buildBridge } from '../../../src/preload/bridge'
import { assertCloneable } from '../../../src/preload/cloneable'

describe('preload bridge', () => {
  it('exposes one method per channel and forwards input and session', async () => {
    const invoke = vi.fn(async () => ({ ok: true, data: 1 }))
    const bridge = buildBridge(CHANNEL_NAMES, invoke)
    expect(Object.keys(bridge).sort()).toEqual([...CHANNEL_NAMES].sort())
    expect(Object.isFrozen(bridge)).toBe(true)
    await bridge['auth.login']({ username: 'a', password: 'b' }, 'sess')
    expect(invoke).toHaveBeenCalledWith('cc:auth.login', { input: { username: 'a', password: 'b' }, session: 'sess' })
  })

  it('refuses what cannot be cloned, naming the path, without calling the backend', async () => {
    const invoke = vi.fn()
    const bridge = buildBridge(CHANNEL_NAMES, invoke)
    const reply = await bridge['ui.prefs.set']({ locale: 'en', extra: { fn: () => 1 } }, null)
    expect(reply).toMatchObject({ ok: false, code: 'invalid-input' })
    expect(reply.ok ? '' : reply.message).toContain('input.extra.fn')
    expect(invoke).not.toHaveBeenCalled()
  })

  it('accepts plain data and rejects cycles and class instances', () => {
    expect(() => assertCloneable({ a: [1, 'x', null, { b: new Date() }], c: new Uint8Array(2) })).not.toThrow()
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => assertCloneable(cyclic)).toThrow(/circular/)
    expect(() => assertCloneable({ m: new Map() })).toThrow(/plain objects/)
  })
})
