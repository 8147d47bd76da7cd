import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { messages } from '../../../src/renderer/src/i18n'

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix]
  return Object.entries(tree).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : [p]
  })
}

describe('messages', () => {
  it('zh-CN and en have the same keys, none empty', () => {
    expect(keys(messages.en).sort()).toEqual(keys(messages['zh-CN']).sort())
    for (const locale of ['zh-CN', 'en'] as const)
      for (const k of keys(messages[locale])) {
        const value = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages[locale])
        expect(String(value).trim(), `${locale}:${k}`).not.toBe('')
      }
  })

  it('no Chinese text is written into components: every visible string comes from the message files', () => {
    const root = resolve(import.meta.dirname, '../../../src/renderer/src')
    const offenders = files(root)
      .filter((f) => /\.(vue|ts)$/.test(f) && !f.includes(`${join('i18n', 'messages')}`))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ f, i: i + 1, line }))
          .filter(({ line }) => /\p{Script=Han}/u.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*'))
      )
      .map(({ f, i, line }) => `${f}:${i}: ${line.trim()}`)
    expect(offenders).toEqual([])
  })
})
