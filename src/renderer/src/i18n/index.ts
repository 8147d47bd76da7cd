import { createI18n } from 'vue-i18n'
import * as common from './messages/common'
import * as auth from './messages/auth'
import * as enums from './messages/enums'
import * as settings from './messages/settings'
import * as home from './messages/home'
import * as admin from './messages/admin'
import * as cases from './messages/cases'
import * as roleplay from './messages/roleplay'
import * as appraisal from './messages/appraisal'
import * as analytics from './messages/analytics'
import * as incentives from './messages/incentives'

/**
 * Messages are split per domain; each file exports `zh` and `en` with the same shape (`en` is typed
 * by `zh`, so a missing key does not compile).
 */
const domains = { auth, enums, settings, home, admin, cases, roleplay, appraisal, incentives, analytics }

interface MessageTree {
  [key: string]: string | MessageTree
}

function build(locale: 'zh' | 'en'): MessageTree {
  const out: MessageTree = { ...common[locale] }
  for (const [name, mod] of Object.entries(domains)) out[name] = mod[locale] as MessageTree
  return out
}

export const messages: Record<'zh-CN' | 'en', MessageTree> = { 'zh-CN': build('zh'), en: build('en') }
export type AppLocale = keyof typeof messages

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages
})
