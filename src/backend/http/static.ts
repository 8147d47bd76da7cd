import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf'
}

/**
 * Resolves a URL path inside `root`, refusing anything that would leave it (`..`, encoded
 * separators, symlinks pointing outside). Returns null when the path is not servable.
 */
export async function resolveInside(root: string, urlPath: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const rootReal = await realpath(root).catch(() => null)
  if (!rootReal) return null
  const candidate = resolve(rootReal, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded))
  if (candidate !== rootReal && !candidate.startsWith(rootReal + sep)) return null
  const real = await realpath(candidate).catch(() => null)
  if (!real || (real !== rootReal && !real.startsWith(rootReal + sep))) return null
  const info = await stat(real).catch(() => null)
  if (!info) return null
  return info.isDirectory() ? resolveInside(root, join(decoded, 'index.html')) : real
}

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

export function sendFile(res: ServerResponse, file: string, headers: Record<string, string>): void {
  res.writeHead(200, { ...headers, 'Content-Type': contentType(file) })
  createReadStream(file).pipe(res)
}
