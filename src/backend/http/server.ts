import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Backend } from '../backend'
import { resolveInside, sendFile } from './static'

export const API_PREFIX = '/api/'
export const SESSION_HEADER = 'x-cc-session'
/** Imports travel as request bodies in browser mode; above this the server answers 413. */
export const MAX_BODY_BYTES = 64 * 1024 * 1024

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()'
}

export interface ServerOptions {
  backend: Backend
  staticDir: string
  port?: number
  /** Defaults to a fresh random token per start. */
  token?: string
}

export interface RunningServer {
  server: Server
  url: string
  /** The URL to open: it carries the token the page must present. */
  openUrl: string
  token: string
  close(): Promise<void>
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Serves the built renderer and the API table on 127.0.0.1 only. Every API request must carry the
 * per-start token; requests from other origins or other host names (DNS rebinding) are refused.
 */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url')
  let allowedHosts: string[] = []

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      opts.backend.services.log.error('http request failed', e)
      if (!res.headersSent) json(res, 500, { ok: false, code: 'internal', message: 'internal error' })
      else res.end()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? ''
    if (!allowedHosts.includes(host)) return json(res, 421, { ok: false, code: 'forbidden', message: 'unexpected host' })
    const url = new URL(req.url ?? '/', `http://${host}`)
    if (url.pathname.startsWith(API_PREFIX)) {
      const origin = req.headers.origin
      if (origin && !allowedHosts.some((h) => origin === `http://${h}`))
        return json(res, 403, { ok: false, code: 'forbidden', message: 'cross-origin requests are not allowed' })
      if (req.method !== 'POST') return json(res, 405, { ok: false, code: 'invalid-input', message: 'use POST' })
      const auth = req.headers.authorization ?? ''
      const given = auth.startsWith('Bearer ') ? auth.slice(7) : ''
      if (!sameSecret(given, token))
        return json(res, 401, { ok: false, code: 'unauthorized', message: 'missing or wrong access token' })
      if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
        return json(res, 415, { ok: false, code: 'invalid-input', message: 'send application/json' })
      const text = await readBody(req)
      if (text === null) return json(res, 413, { ok: false, code: 'too-large', message: 'request body too large' })
      let input: unknown
      try {
        input = text.length ? JSON.parse(text) : {}
      } catch {
        return json(res, 200, { ok: false, code: 'invalid-input', message: 'request body is not valid JSON' })
      }
      const sessionHeader = req.headers[SESSION_HEADER]
      const session = typeof sessionHeader === 'string' && sessionHeader.length > 0 ? sessionHeader : null
      const channel = decodeURIComponent(url.pathname.slice(API_PREFIX.length))
      const reply = await opts.backend.call({ channel, input, session, transport: 'http' })
      return json(res, 200, reply)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return json(res, 405, { ok: false, code: 'invalid-input', message: 'method not allowed' })
    const file = await resolveInside(opts.staticDir, url.pathname === '/' ? '/index.html' : url.pathname)
    if (!file) return json(res, 404, { ok: false, code: 'not-found', message: 'not found' })
    sendFile(res, file, { ...SECURITY_HEADERS, 'Cache-Control': url.pathname.startsWith('/assets/') ? 'max-age=31536000, immutable' : 'no-cache' })
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const { port } = server.address() as AddressInfo
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  const url = `http://127.0.0.1:${port}`
  return {
    server,
    url,
    openUrl: `${url}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections()
        server.close(() => r())
      })
  }
}
