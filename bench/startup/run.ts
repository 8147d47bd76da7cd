import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { createBackend } from '../../src/backend/backend'
import { startServer } from '../../src/backend/http/server'
import { metBelow, type BenchContext, type Row } from '../lib/report'
import { median, timeMs } from '../lib/stats'
import { ensureBuilt, entryScripts, gzipKb } from './assets'
import { writeCaseLibrary } from './library'

const ROOT = resolve(import.meta.dirname, '../..')
const ADMIN = { username: 'admin', displayName: '系统管理员', password: 'bench-admin-pass-1' }
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** Runs in the page (typed without the DOM library): the time since navigation once a hit is shown, else 0. */
function firstHitShownAt(): number {
  const page = globalThis as unknown as { document: { querySelector(s: string): unknown }; performance: { now(): number } }
  return page.document.querySelector('[data-testid^="case-hit-"]') ? page.performance.now() : 0
}

/** Diagnostics (BENCH_TRACE=1): when each request started and ended, in ms since navigation. */
function resourceTimings(): string[] {
  const page = globalThis as unknown as { performance: { getEntriesByType(t: string): { name: string; startTime: number; responseEnd: number }[] } }
  return page.performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`)
}

export interface StartupOutput {
  rows: Row[]
  details: Record<string, unknown>
}

/** Signed-in navigations to the library page in fresh browser contexts (cold HTTP cache each time). */
export async function runStartupBench(ctx: BenchContext, count = ctx.quick ? 100 : 1000): Promise<StartupOutput> {
  const staticDir = ensureBuilt(ROOT, ctx.log)
  const dataDir = mkdtempSync(join(tmpdir(), 'cc-bench-'))
  const quiet = { info: () => {}, warn: () => {}, error: (m: string, e?: unknown) => console.error(m, e) }
  try {
    const cases = writeCaseLibrary(ROOT, dataDir, count)
    const started = await timeMs(() =>
      createBackend({ dataDir, resourcesDir: join(ROOT, 'resources'), casesDir: join(ROOT, 'cases'), mode: 'browser', log: quiet })
    )
    const backend = started.value
    const server = await startServer({ backend, staticDir })
    try {
      const res = await fetch(`${server.url}/api/auth.setup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: JSON.stringify(ADMIN)
      })
      const setup = (await res.json()) as { ok: boolean; data?: { session: string }; message?: string }
      if (!setup.ok || !setup.data) throw new Error(`bench: admin setup failed: ${setup.message}`)
      const session = setup.data.session
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: LAUNCH_ARGS })
      const times: number[] = []
      let scripts: string[] = []
      try {
        for (let r = 0; r <= ctx.rounds; r++) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
          // Scripts as text: this file compiles without the DOM library.
          await context.addInitScript({
            content: `sessionStorage.setItem('cc.token', ${JSON.stringify(server.token)}); sessionStorage.setItem('cc.session', ${JSON.stringify(session)})`
          })
          const page = await context.newPage()
          const loaded: string[] = []
          page.on('request', (req) => {
            const u = new URL(req.url())
            if (u.pathname.endsWith('.js')) loaded.push(u.pathname.replace(/^\//, ''))
          })
          await page.goto(`${server.url}/#/cases`)
          // performance.now() counts from the navigation's start; polled every frame until a hit shows.
          const visibleAt = await page.waitForFunction(firstHitShownAt, undefined, {
            polling: 'raf',
            timeout: 60_000
          })
          const ms = (await visibleAt.jsonValue()) as number
          if (process.env.BENCH_TRACE) console.log(ms, JSON.stringify(await page.evaluate(resourceTimings)))
          if (r > 0) times.push(ms) // the first round warms the server and the browser
          scripts = [...loaded]
          await context.close()
        }
      } finally {
        await browser.close()
      }
      const entry = entryScripts(staticDir)
      const entryKb = entry.reduce((a, f) => a + gzipKb(staticDir, f), 0)
      const untilVisibleKb = [...new Set(scripts)].reduce((a, f) => a + gzipKb(staticDir, f), 0)
      const scale = `${cases.toLocaleString('en')} cases`
      const none = { alternative: '—', theirs: null, better: 'lower' as const }
      return {
        rows: [
          {
            bench: 'startup',
            figure: 'library list visible after navigation (median)',
            scale,
            ours: median(times),
            ...none,
            unit: 'ms',
            goal: '< 1 s',
            met: metBelow(median(times), null, 1000)
          },
          { bench: 'startup', figure: 'initial JS (entry + modulepreload), gzip', scale: 'build', ours: entryKb, ...none, unit: 'KB', goal: '< 600 KB', met: entryKb < 600 },
          {
            bench: 'startup',
            figure: 'JS fetched until the library list shows, gzip',
            scale,
            ours: untilVisibleKb,
            ...none,
            unit: 'KB',
            goal: '< 600 KB',
            met: untilVisibleKb < 600
          }
        ],
        details: { cases, backendReadyMs: started.ms, navigations: times, entryScripts: entry, scriptsUntilVisible: [...new Set(scripts)] }
      }
    } finally {
      await server.close()
      await backend.close()
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
