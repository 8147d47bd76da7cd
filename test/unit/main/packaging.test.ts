import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../..')
const config = parse(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as {
  asar: boolean
  files: string[]
  electronFuses: Record<string, boolean>
}

describe('the packaged desktop app', () => {
  it('flips the fuses that would let the binary run as Node, take NODE_OPTIONS or --inspect, or load code outside its asar', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true
    })
  })

  it('ships the built app, the case library and the resources, and no sources or tests', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**', 'cases/**']))
    expect(config.files.some((f) => f.startsWith('src') || f.startsWith('test'))).toBe(false)
  })
})
