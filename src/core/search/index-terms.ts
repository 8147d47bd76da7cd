import { foldText, scanRuns, stem, STOP_WORDS } from './text'
import type { PendingDocs } from './postings'
import { cjkIndex, type Vocabulary } from './vocabulary'

/**
 * Counts every index term of a text into the open pending doc and returns how many there were: stemmed English words (stop words skipped)
 * and, for runs of Chinese, each pair of neighbouring characters, which finds two-character words
 * without segmenting the corpus. Single characters are indexed only in short fields (`unigrams`)
 * and for lone characters: in bodies they would add a third of all postings for the rare
 * one-character query, which is answered from the bigrams containing the character instead.
 */
export function countTerms(text: string, vocab: Vocabulary, into: PendingDocs, unit: number, unigrams: boolean): number {
  const folded = foldText(text)
  let n = 0
  scanRuns(
    folded,
    (a, b) => {
      const w = folded.slice(a, b)
      if (STOP_WORDS.has(w)) return
      into.count(vocab.internWord(stem(w)), unit)
      n++
    },
    (a, b) => {
      let prevCode = folded.charCodeAt(a)
      let prev = cjkIndex(prevCode)
      if (unigrams || b - a === 1) {
        into.count(vocab.internUnigram(prev, prevCode), unit)
        n++
      }
      for (let i = a + 1; i < b; i++) {
        const code = folded.charCodeAt(i)
        const cur = cjkIndex(code)
        into.count(vocab.internBigram(prev, cur, prevCode, code), unit)
        n++
        if (unigrams) {
          into.count(vocab.internUnigram(cur, code), unit)
          n++
        }
        prev = cur
        prevCode = code
      }
    }
  )
  return n
}
