// The enums of DESIGN.md ("Case file", "Complaint records"). Labels live in the i18n message files;
// the Chinese aliases here are only for reading users' files (record imports, headers).
export const CATEGORIES = [
  'product-quality',
  'service-attitude',
  'delivery',
  'pricing',
  'safety',
  'after-sales',
  'promotion',
  'other'
] as const
export type Category = (typeof CATEGORIES)[number]

export const CHANNELS = ['phone', 'online-chat', 'email', 'web-form', 'app', 'social-media', 'in-store'] as const
export type Channel = (typeof CHANNELS)[number]

export const PRIORITIES = ['urgent', 'normal', 'low'] as const
export type Priority = (typeof PRIORITIES)[number]

export const CASE_STATUSES = ['draft', 'in-review', 'published', 'archived'] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const ROLES = ['trainee', 'trainer', 'manager', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const REMEDIES = ['apology', 'refund', 'exchange', 'repair', 'coupon', 'gift', 'compensation'] as const
export type Remedy = (typeof REMEDIES)[number]

/** Chinese names users write in files, mapped to the enum value. */
export const CATEGORY_ALIASES: Record<string, Category> = {
  商品质量: 'product-quality',
  服务态度: 'service-attitude',
  物流配送: 'delivery',
  价格: 'pricing',
  '食品/人身安全': 'safety',
  安全: 'safety',
  售后: 'after-sales',
  '售后(退换修保)': 'after-sales',
  促销活动: 'promotion',
  其他: 'other'
}

export const CHANNEL_ALIASES: Record<string, Channel> = {
  客服热线: 'phone',
  电话: 'phone',
  在线客服: 'online-chat',
  电子邮件: 'email',
  邮件: 'email',
  反馈表单: 'web-form',
  APP: 'app',
  App: 'app',
  社交媒体: 'social-media',
  '门店/服务台': 'in-store',
  门店: 'in-store',
  服务台: 'in-store'
}

export const PRIORITY_ALIASES: Record<string, Priority> = {
  紧急: 'urgent',
  一般: 'normal',
  咨询: 'low',
  '咨询/建议': 'low',
  建议: 'low'
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value)
}

/** Reads an enum value written in English or with one of its Chinese aliases. */
export function readEnum<T extends string>(
  list: readonly T[],
  aliases: Record<string, T>,
  raw: string
): T | undefined {
  const v = raw.trim()
  if (isOneOf(list, v)) return v
  const lower = v.toLowerCase()
  if (isOneOf(list, lower)) return lower
  return aliases[v]
}
