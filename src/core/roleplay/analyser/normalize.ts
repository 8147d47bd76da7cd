const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'d\b/g, ' would'],
  // 's only after pronouns: "customer's" stays a possessive.
  [/\b(it|that|there|here|what|he|she|who|this|let)'s\b/g, '$1 is']
]

/** Lowercase, straight apostrophes, contractions spelled out, single spaces. */
export function normalizeEn(text: string): string {
  let t = text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2013\u2014]/g, ' - ')
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to)
  return t.replace(/\blet is\b/g, 'let us').replace(/\s+/g, ' ').trim()
}

/** Full-width letters and digits to ASCII, lowercase, no spaces (Chinese is written without them). */
export function normalizeZh(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[,]/g, '，')
    .replace(/[!]/g, '！')
    .replace(/[?]/g, '？')
    .replace(/[;]/g, '；')
    .replace(/[:]/g, '：')
    .replace(/\s+/g, '')
}
