#!/usr/bin/env node
// `npm start`: the desktop app when Electron's binary is installed; otherwise the same app in the
// browser (the binary is downloaded from GitHub, which some networks cannot reach).
import { existsSync, readFileSync } from 'node:fs'
import { spawnSync, spawn } from 'node:child_process'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules', 'electron')

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const bin = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(bin) ? bin : null
}

function build() {
  const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const extra = process.argv.slice(2)
build()
const bin = electronBinary()
if (bin) {
  const child = spawn(bin, [root, ...extra], { cwd: root, stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log(
    'Electron binary not installed (it downloads from GitHub; in mainland China set ' +
      'ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ and run "npx install-electron"), so the app opens in browser mode instead:'
  )
  const child = spawn(process.execPath, [join(root, 'bin', 'complaint-coach.mjs'), 'serve', ...extra], { cwd: root, stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
}
