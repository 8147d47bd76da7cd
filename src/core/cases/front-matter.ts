/** The file split at its leading `---` block. Lines are 1-based lines of the whole file. */
export interface FrontMatterSplit {
  yaml: string
  /** File line of the first YAML line (the line after the opening `---`). */
  yamlStartLine: number
  body: string
  /** File line of the first body line. */
  bodyStartLine: number
}

export type SplitResult = { ok: true; split: FrontMatterSplit } | { ok: false; line: number; message: string }

const FENCE = /^---[ \t]*$/

/** Strips a BOM and turns CRLF / CR into LF so line numbers match what editors show. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

/**
 * Splits the front matter ourselves rather than with gray-matter, which needs Node's Buffer and so
 * breaks in the renderer bundle.
 */
export function splitFrontMatter(text: string): SplitResult {
  const lines = normalizeNewlines(text).split('\n')
  if (!FENCE.test(lines[0] ?? '')) {
    return { ok: false, line: 1, message: 'the file must start with a "---" line opening the YAML front matter' }
  }
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i])) {
      return {
        ok: true,
        split: {
          yaml: lines.slice(1, i).join('\n'),
          yamlStartLine: 2,
          body: lines.slice(i + 1).join('\n'),
          bodyStartLine: i + 2
        }
      }
    }
  }
  return { ok: false, line: 1, message: 'the front matter opened on line 1 is never closed with a "---" line' }
}

/** 1-based line of a character offset inside `text`. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1
  const end = Math.min(offset, text.length)
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
