import { useI18n } from 'vue-i18n'
import { ApiClientError } from '../api/client'

/** Turns any thrown error into a sentence for the user, in their language. */
export function useErrorText() {
  const { t } = useI18n()
  return (e: unknown): string => {
    if (e instanceof ApiClientError) {
      const seconds = /(\d+) s/.exec(e.message)?.[1] ?? '—'
      return t(`error.${e.code}`, { message: e.message, seconds })
    }
    return t('state.error', { message: e instanceof Error ? e.message : String(e) })
  }
}
