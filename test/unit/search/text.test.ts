import { describe, expect, it } from 'vitest'
import { withinOneEdit } from '../../../src/core/search/fuzzy'
import { foldText, markdownToPlain, stem } from '../../../src/core/search/text'

describe('search text helpers', () => {
  it('folds case and full-width letters without changing offsets', () => {
    expect(foldText('ＡＢＣ１２３ Refund 退款')).toBe('abc123 refund 退款')
    expect(foldText('İstanbul').length).toBe('İstanbul'.length)
  })

  it('stems inflections to one form', () => {
    expect(new Set(['refund', 'refunds', 'refunded', 'refunding'].map(stem))).toEqual(new Set(['refund']))
    expect(new Set(['charge', 'charged', 'charges', 'charging'].map(stem)).size).toBe(1)
    expect(stem('deliveries')).toBe(stem('delivery'))
  })

  it('recognises one edit, including swapped neighbours', () => {
    expect(withinOneEdit('delivary', 'delivery')).toBe(true)
    expect(withinOneEdit('recieve', 'receive')).toBe(true)
    expect(withinOneEdit('custmer', 'customer')).toBe(true)
    expect(withinOneEdit('delvary', 'delivery')).toBe(false)
  })

  it('strips Markdown to plain text', () => {
    expect(markdownToPlain('## 背景\n\n- **已过期** [链接](https://x)\n> 引用')).toBe('背景 已过期 链接 引用')
  })
})
