#!/usr/bin/env node
// `npm run serve -- --port 5174 --data ./my-data`: browser mode; builds the renderer first if needed.
import { existsSync } from 'node:fs'
import { spawnSync, spawn } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
const child = spawn(process.execPath, [join(root, 'bin', 'complaint-coach.mjs'), 'serve', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit'
})
child.on('exit', (code) => process.exit(code ?? 0))
