import type { ChannelName, InputOf, OutputOf } from '@core/api/contract'
import type { ApiFail, ApiReply, ErrorCode } from '@core/api/reply'

/** A failed reply, thrown by `request` so stores can use try/catch. */
export class ApiClientError extends Error {
  readonly code: ErrorCode
  readonly issues: ApiFail['issues']
  constructor(reply: ApiFail) {
    super(reply.message)
    this.name = 'ApiClientError'
    this.code = reply.code
    this.issues = reply.issues
  }
}

const SESSION_KEY = 'cc.session'
const TOKEN_KEY = 'cc.token'

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}

/** In browser mode the server prints a URL with ?token=…; keep it for this tab and drop it from the address bar. */
function takeTokenFromUrl(): string | null {
  if (typeof location === 'undefined') return null
  const params = new URLSearchParams(location.search)
  const token = params.get('token')
  if (token) {
    storage()?.setItem(TOKEN_KEY, token)
    params.delete('token')
    const search = params.toString()
    history.replaceState(null, '', `${location.pathname}${search ? '?' + search : ''}${location.hash}`)
    return token
  }
  return storage()?.getItem(TOKEN_KEY) ?? null
}

let accessToken: string | null = null
let session: string | null = storage()?.getItem(SESSION_KEY) ?? null
const unauthorizedListeners = new Set<() => void>()

export function setSession(token: string | null): void {
  session = token
  if (token) storage()?.setItem(SESSION_KEY, token)
  else storage()?.removeItem(SESSION_KEY)
}

export function hasSession(): boolean {
  return session !== null
}

/** Called when the backend no longer knows our session (idle sign-out, account disabled). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener)
  return () => unauthorizedListeners.delete(listener)
}

export function transportMode(): 'electron' | 'browser' {
  return typeof window !== 'undefined' && window.complaintCoach ? 'electron' : 'browser'
}

export function hasAccessToken(): boolean {
  if (transportMode() === 'electron') return true
  accessToken ??= takeTokenFromUrl()
  return accessToken !== null
}

async function send(channel: ChannelName, input: unknown): Promise<ApiReply<unknown>> {
  const bridge = typeof window !== 'undefined' ? window.complaintCoach : undefined
  if (bridge) return bridge[channel](input, session)
  accessToken ??= takeTokenFromUrl()
  const res = await fetch(`/api/${encodeURIComponent(channel)}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${accessToken ?? ''}`,
      ...(session ? { 'X-CC-Session': session } : {})
    },
    body: JSON.stringify(input ?? {})
  })
  if (res.status === 401) return { ok: false, code: 'unauthorized', message: 'missing or wrong access token' }
  if (res.status === 413) return { ok: false, code: 'too-large', message: 'the request is too large' }
  return (await res.json()) as ApiReply<unknown>
}

/** Calls a channel and returns its reply, never throwing for backend failures. */
export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<ApiReply<OutputOf<C>>> {
  let reply: ApiReply<unknown>
  try {
    reply = await send(channel, input)
  } catch (e) {
    reply = { ok: false, code: 'internal', message: `the backend did not answer: ${(e as Error).message}` }
  }
  if (!reply.ok && reply.code === 'unauthorized' && session) {
    setSession(null)
    unauthorizedListeners.forEach((l) => l())
  }
  return reply as ApiReply<OutputOf<C>>
}

/** Calls a channel and returns its data, throwing ApiClientError on failure. */
export async function request<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const reply = await call(channel, input)
  if (!reply.ok) throw new ApiClientError(reply)
  return reply.data
}
