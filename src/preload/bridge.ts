import type { ChannelName } from '@core/api/contract'
import type { ApiReply } from '@core/api/reply'
import { assertCloneable } from './cloneable'

export type Invoke = (channel: string, payload: { input: unknown; session: string | null }) => Promise<unknown>
export type BridgeMethod = (input: unknown, session: string | null) => Promise<ApiReply<unknown>>
export type Bridge = Record<ChannelName, BridgeMethod>

/** One method per channel; the renderer never sees ipcRenderer itself. */
export function buildBridge(names: readonly ChannelName[], invoke: Invoke): Bridge {
  const bridge = {} as Bridge
  for (const name of names) {
    bridge[name] = async (input, session) => {
      try {
        assertCloneable(input)
      } catch (e) {
        return { ok: false, code: 'invalid-input', message: (e as Error).message }
      }
      return (await invoke(`cc:${name}`, { input, session })) as ApiReply<unknown>
    }
  }
  return Object.freeze(bridge)
}
