import { useI18n } from 'vue-i18n'
import type { Locale } from '@core/domain/enums'

/** One item of a training assignment being prepared in the UI. */
export interface AssignItem {
  kind: 'case' | 'scenario'
  caseId: string
  locale: Locale
  title: string
}

/** Small formatting helpers shared by the incentives views. */
export function useLabels() {
  const { t, locale } = useI18n()
  const sep = () => (locale.value === 'en' ? ', ' : '、')
  return {
    /** Standard names as one list in the UI language. */
    standards: (ids: readonly string[]) => ids.map((s) => t(`enums.standard.${s}`)).join(sep()),
    /** A date-time for display (the user's locale and zone). */
    when: (iso: string | null) => (iso ? new Date(iso).toLocaleString(locale.value === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }) : ''),
    day: (iso: string) => new Date(iso).toLocaleDateString(locale.value === 'en' ? 'en-GB' : 'zh-CN')
  }
}
