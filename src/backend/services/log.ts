/** A small logger; the backend never shows raw errors to the UI, it writes them here. */
export interface Log {
  info(message: string): void
  warn(message: string): void
  error(message: string, err?: unknown): void
}

export function consoleLog(quiet = false): Log {
  return {
    info: (m) => {
      if (!quiet) console.log(`[complaint-coach] ${m}`)
    },
    warn: (m) => console.warn(`[complaint-coach] ${m}`),
    error: (m, err) => console.error(`[complaint-coach] ${m}`, err instanceof Error ? err.stack : (err ?? ''))
  }
}
