/** Character classes shared by indexing, query parsing and highlighting so all three agree. */
export const OTHER = 0
export const WORD = 1
export const CJK = 2

export function kindOf(c: number): number {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? WORD : OTHER
  if (c >= 0x3040 && c <= 0x9fff) return c >= 0x3100 && c < 0x3400 ? OTHER : CJK
  if ((c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af)) return CJK
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? OTHER : WORD
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) return WORD
  return OTHER
}

const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff41-\uff5a]/g

/**
 * Lowercases and turns full-width digits/letters into ASCII without changing the string's length,
 * so offsets in the folded text are offsets in the original (highlighting depends on it).
 */
export function foldText(s: string): string {
  let lower = s.toLowerCase()
  if (lower.length !== s.length) {
    let out = ''
    for (const ch of s) {
      const l = ch.toLowerCase()
      out += l.length === ch.length ? l : ch
    }
    lower = out
  }
  return lower.replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
}

/** Calls onWord / onCjk with [start, end) of each run of word or CJK characters in folded text. */
export function scanRuns(
  folded: string,
  onWord: (start: number, end: number) => void,
  onCjk: (start: number, end: number) => void
): void {
  const n = folded.length
  let i = 0
  while (i < n) {
    const k = kindOf(folded.charCodeAt(i))
    if (k === OTHER) {
      i++
      continue
    }
    let j = i + 1
    while (j < n && kindOf(folded.charCodeAt(j)) === k) j++
    if (k === WORD) onWord(i, j)
    else onCjk(i, j)
    i = j
  }
}

export const STOP_WORDS = new Set(
  ('a an and are as at be been but by can could did do does for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there they this to too us was we were will ' +
    'with would you your')
    .split(' ')
)

/**
 * Light English stemming: enough that refund/refunds/refunded/refunding meet, cheap enough for
 * the whole corpus. Index, query and highlighter all go through it, so it only has to be consistent.
 */
export function stem(w: string): string {
  if (w.length <= 3 || kindOf(w.charCodeAt(0)) !== WORD || w.charCodeAt(0) < 97) return w
  let s = w
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`
  else if (/(?:ss|x|z|ch|sh)es$/.test(s)) s = s.slice(0, -2)
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1)
  else if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3))
  else if (s.endsWith('ed') && s.length > 4) s = undouble(s.slice(0, -2))
  if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1)
  return s
}

function undouble(s: string): string {
  const n = s.length
  return n > 3 && s[n - 1] === s[n - 2] && !/[aeiouls]/.test(s[n - 1]) ? s.slice(0, -1) : s
}

/**
 * Markdown to searchable/snippet text: markup dropped, link targets dropped, whitespace collapsed.
 * Each rule runs only when its marker character occurs at all: most case bodies have headings,
 * lists and bold but no code fences, links, quotes or HTML, and every pass copies the whole body.
 */
export function markdownToPlain(md: string): string {
  let s = md
  if (s.includes('```') || s.includes('~~~')) s = s.replace(/^ {0,3}(```|~~~).*$/gm, ' ')
  if (s.includes('](')) {
    s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
  }
  if (s.includes('#')) s = s.replace(/^ {0,3}#{1,6}[ \t]+/gm, '')
  if (s.includes('>')) s = s.replace(/^\s*>\s?/gm, '')
  s = s.replace(/^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+/gm, '').replace(/[*_`~]+/g, '')
  if (s.includes('<')) s = s.replace(/<[^>]*>/g, ' ')
  return s.replace(/\s+/g, ' ').trim()
}
