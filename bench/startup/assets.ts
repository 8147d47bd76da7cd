import { existsSync, readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Builds the renderer when `out/` has none (the bench measures what `npm run build` ships). */
export function ensureBuilt(root: string, log: (l: string) => void): string {
  const dir = join(root, 'out', 'renderer')
  if (!existsSync(join(dir, 'index.html'))) {
    log('startup: building the app (out/renderer is missing)')
    const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'ignore' })
    if (r.status !== 0) throw new Error('bench: electron-vite build failed')
  }
  return dir
}

/** gzip size (zlib level 6, what a static server sends) of a built asset; path relative to out/renderer. */
export const gzipKb = (dir: string, rel: string): number => gzipSync(readFileSync(join(dir, rel))).length / 1024

/** The scripts index.html loads before anything runs: the entry module and its modulepreloads. */
export function entryScripts(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const out: string[] = []
  for (const m of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\.\/([^"]+\.js)"/g)) out.push(m[1])
  return out
}
