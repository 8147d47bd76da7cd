import { describe, expect, it } from 'vitest'
import { maskName, maskPersonalText, maskPhone } from '../../../src/core/privacy/mask'

describe('masking personal data', () => {
  it('masks mobile numbers as trainees should see them', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPersonalText('顾客电话 13812345678，备用 139-8765-4321')).toBe('顾客电话 138****5678，备用 139****4321')
    expect(maskPersonalText('call +86 138 1234 5678 today')).toBe('call +86 138****5678 today')
  })

  it('leaves already masked numbers, order numbers and amounts alone', () => {
    expect(maskPersonalText('138****5678')).toBe('138****5678')
    expect(maskPersonalText('订单号 2026102312345678，金额 128.50 元')).toBe('订单号 2026102312345678，金额 128.50 元')
  })

  it('masks landlines, e-mail addresses and ID-card numbers', () => {
    expect(maskPersonalText('门店电话 010-62345678')).toBe('门店电话 010-****5678')
    expect(maskPersonalText('mail li.na@example.com')).toBe('mail l***@example.com')
    expect(maskPersonalText('身份证 110101199003071234')).toBe('身份证 110101********1234')
  })

  it('masks structured names but keeps honorific forms', () => {
    expect(maskName('张伟')).toBe('张*')
    expect(maskName('欧阳娜娜')).toBe('欧***')
    expect(maskName('王女士')).toBe('王女士')
    expect(maskName('John Smith')).toBe('J*** S****')
  })
})
