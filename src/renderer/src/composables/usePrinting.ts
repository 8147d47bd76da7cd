import { nextTick, readonly, ref } from 'vue'

// Tables page their rows on screen; on paper every row must be there. Pages read `printing` and turn
// pagination off while it is true. It is set around the app's own print button (before the page is
// laid out for print, which a media query alone would be too late for) and follows the print media
// query, so the browser's Ctrl+P and test tools that emulate print media get it too.
const printing = ref(false)
let watching = false

function watchPrintMedia(): void {
  if (watching || typeof window === 'undefined' || typeof window.matchMedia !== 'function') return
  watching = true
  window.matchMedia('print').addEventListener('change', (e) => (printing.value = e.matches))
  window.addEventListener('beforeprint', () => (printing.value = true))
  window.addEventListener('afterprint', () => (printing.value = false))
}

export function usePrinting() {
  watchPrintMedia()
  return readonly(printing)
}

/** Runs `print` with every row rendered, and puts the screen layout back afterwards. */
export async function withPrintLayout<T>(print: () => Promise<T>): Promise<T> {
  printing.value = true
  await nextTick()
  // One frame so the longer tables are laid out before the page is captured.
  await new Promise<void>((r) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => r()) : r()))
  try {
    return await print()
  } finally {
    printing.value = false
  }
}
