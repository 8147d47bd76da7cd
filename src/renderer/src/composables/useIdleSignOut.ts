import { onBeforeUnmount, onMounted } from 'vue'

const EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Signs out after `minutes()` without keyboard or pointer input. The backend expires the session
 * on its own as well; this makes the UI follow at once instead of on the next call.
 */
export function useIdleSignOut(minutes: () => number, signOut: () => void) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const reset = () => {
    clearTimeout(timer)
    timer = setTimeout(signOut, minutes() * 60_000)
  }
  onMounted(() => {
    EVENTS.forEach((e) => window.addEventListener(e, reset, { passive: true }))
    reset()
  })
  onBeforeUnmount(() => {
    clearTimeout(timer)
    EVENTS.forEach((e) => window.removeEventListener(e, reset))
  })
}
