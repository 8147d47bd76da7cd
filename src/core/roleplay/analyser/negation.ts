// Negation windows: a cue is cancelled by a negator shortly before it in the same clause
// ("我们不会退款", "can't give you a refund"), or by a refusal right after it ("退款是不可能的").

const zhSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' })

const ZH_NEGATORS = new Set([
  '不', '没', '没有', '未', '无', '无法', '非', '并非', '别', '不要', '不用', '不必', '不能', '不会', '不可',
  '不可能', '绝不', '决不', '从不', '从未', '不是', '不予', '没法', '不再', '不想', '不该', '不应该', '不一定',
  '不像', '拒绝', '不需要', '不太', '未必', '不肯', '不愿'
])
// Words that start with a negator character but do not negate what follows.
const ZH_NOT_NEGATORS = new Set(['不过', '不好意思', '不便', '不舒服', '不满', '不少', '不错', '不仅', '不但', '不管', '不断', '不久', '不安', '不适'])

// "退款这边做不到", "换货恐怕不行": the refusal follows the remedy, a few characters on.
const ZH_REFUSAL_AFTER = /^[^，。！？；]{0,4}?(是)?(不可能|不行|不能|不予|没办法|没法|办不了|做不到|办不到|就算了|免谈|不支持|不接受)/

function isZhNegator(word: string): boolean {
  if (ZH_NOT_NEGATORS.has(word)) return false
  // "也不", "并没": the segmenter glues an adverb to the negator.
  return ZH_NEGATORS.has(word) || /^(不|没|未|别)/.test(word) || /.(不|没)$/.test(word)
}

export function zhNegated(prefix: string, rest: string): boolean {
  const words = [...zhSegmenter.segment(prefix)].filter((s) => s.isWordLike).map((s) => s.segment)
  if (words.slice(-4).some(isZhNegator)) return true
  return ZH_REFUSAL_AFTER.test(rest)
}

const EN_NEGATORS = new Set(['not', 'no', 'never', 'cannot', 'nothing', 'neither', 'nor', 'without', 'unable', 'nobody', 'refuse', 'refuses'])

// "refunds are not possible", "a replacement is out of the question": the refusal follows the cue. At most
// one word may sit between them, and not a pronoun: in "I understand that is not possible" the refusal is
// about something else, not about understanding.
const EN_REFUSAL_AFTER = /^[a-z]*(?: (?!(?:that|this|it|which|what|he|she|they|we|you|i)\b)[a-z]+)? (?:is|are|will be|would be|is going to be) (?:not|never|no longer) (?:possible|an option|available|allowed|permitted|something (?:i|we) can (?:do|offer))\b|^[a-z]*(?: [a-z]+)? (?:is|are) out of the question\b/

export function enNegated(prefix: string, rest = ''): boolean {
  const words = prefix.split(/[^a-z']+/).filter(Boolean)
  return words.slice(-7).some((w) => EN_NEGATORS.has(w)) || EN_REFUSAL_AFTER.test(rest)
}

/** Words of a Chinese text, for callers that match on word boundaries. */
export function zhWords(text: string): string[] {
  return [...zhSegmenter.segment(text)].map((s) => s.segment)
}
