import type { HighlightTerms } from './query'
import { CJK, foldText, kindOf, scanRuns, stem } from './text'
import type { HighlightPart } from './types'

/** 1 where a character belongs to something the query matched. Offsets are those of `text`. */
export function matchMask(text: string, hl: HighlightTerms): Uint8Array {
  const folded = foldText(text)
  const mask = new Uint8Array(text.length)
  const { bigramCodes, charCodes } = codesOf(hl)
  scanRuns(
    folded,
    (a, b) => {
      if (hl.words.size && hl.words.has(stem(folded.slice(a, b)))) mask.fill(1, a, b)
    },
    (a, b) => {
      for (let i = a; i < b; i++) {
        const c = folded.charCodeAt(i)
        if (i + 1 < b && bigramCodes.has(c * 0x10000 + folded.charCodeAt(i + 1))) {
          mask[i] = 1
          mask[i + 1] = 1
        } else if (charCodes.has(c)) mask[i] = 1
      }
    }
  )
  return mask
}

const codeCache = new WeakMap<HighlightTerms, { bigramCodes: Set<number>; charCodes: Set<number> }>()

/** Character codes instead of strings so the scan over a body allocates nothing per character. */
function codesOf(hl: HighlightTerms): { bigramCodes: Set<number>; charCodes: Set<number> } {
  let codes = codeCache.get(hl)
  if (!codes) {
    codes = {
      bigramCodes: new Set([...hl.cjkBigrams].map((b) => b.charCodeAt(0) * 0x10000 + b.charCodeAt(1))),
      charCodes: new Set([...hl.cjkChars].map((c) => c.charCodeAt(0)))
    }
    codeCache.set(hl, codes)
  }
  return codes
}

export function toParts(text: string, mask: Uint8Array, from = 0, to = text.length): HighlightPart[] {
  const parts: HighlightPart[] = []
  let start = from
  for (let i = from + 1; i <= to; i++) {
    if (i === to || mask[i] !== mask[start]) {
      parts.push({ text: text.slice(start, i), match: mask[start] === 1 })
      start = i
    }
  }
  return parts
}

export function highlightParts(text: string, hl: HighlightTerms): HighlightPart[] {
  return text ? toParts(text, matchMask(text, hl)) : []
}

/**
 * The window of about `size` characters holding the most matched characters, cut at word edges,
 * with "…" where text was left out. Returns the opening of the text when nothing matched.
 */
export function snippetParts(text: string, hl: HighlightTerms | undefined, size = 90): HighlightPart[] {
  if (!text) return []
  const mask = hl ? matchMask(text, hl) : new Uint8Array(text.length)
  let best = 0
  let bestCount = 0
  if (text.length > size) {
    const prefix = new Uint32Array(text.length + 1)
    for (let i = 0; i < text.length; i++) prefix[i + 1] = prefix[i] + mask[i]
    for (let i = 0; i < text.length; i++) {
      if (!mask[i] || (i > 0 && mask[i - 1])) continue
      const start = Math.max(0, Math.min(i - Math.floor(size / 6), text.length - size))
      const count = prefix[Math.min(text.length, start + size)] - prefix[start]
      if (count > bestCount) {
        bestCount = count
        best = start
      }
    }
  }
  let from = best
  let to = Math.min(text.length, best + size)
  from = wordEdge(text, from, -1)
  to = wordEdge(text, to, 1)
  const parts = toParts(text, mask, from, to)
  if (from > 0) parts.unshift({ text: '…', match: false })
  if (to < text.length) parts.push({ text: '…', match: false })
  return mergePlain(parts)
}

/** Moves a cut off the middle of an English word (Chinese can be cut anywhere). */
function wordEdge(text: string, at: number, dir: -1 | 1): number {
  const inWord = (i: number): boolean => {
    const k = kindOf(text.charCodeAt(i))
    return k !== 0 && k !== CJK
  }
  let i = at
  for (let steps = 0; steps < 15 && i > 0 && i < text.length && inWord(i - 1) && inWord(i); steps++) i += dir
  return i
}

function mergePlain(parts: HighlightPart[]): HighlightPart[] {
  const out: HighlightPart[] = []
  for (const p of parts) {
    const last = out[out.length - 1]
    if (last && !last.match && !p.match) last.text += p.text
    else out.push({ ...p })
  }
  return out
}
