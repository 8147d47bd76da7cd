import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { resolveInside } from '../backend/http/static'
import { APP_SCHEME, CSP } from './window-options'

export function registerScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

/** Serves the built renderer from app://complaint-coach/, refusing any path that leaves it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = await resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname)
    if (!file) return new Response('not found', { status: 404 })
    const res = await net.fetch(pathToFileURL(file).href)
    const headers = new Headers(res.headers)
    headers.set('Content-Security-Policy', CSP)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(res.body, { status: res.status, headers })
  })
}
