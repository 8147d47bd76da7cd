/**
 * Masks customer personal data for roles that do not need it (trainees see 138****5678).
 * Structured names are masked by `maskName`; free text gets phone numbers, e-mail addresses and
 * ID-card numbers masked by `maskPersonalText` (names inside prose cannot be found reliably).
 */

// Mainland mobile numbers, optionally with +86 / 86 and separators: 138 1234 5678, 138-1234-5678.
const MOBILE = /(?<![\d*])((?:\+?86[ -]?)?1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?![\d*])/g
// Landlines with an area code: 010-12345678, 0571 8888 6666.
const LANDLINE = /(?<![\d*])(0\d{2,3})[ -](\d{3,4})[ -]?(\d{4})(?![\d*])/g
// 18-digit resident ID numbers (last may be X).
const ID_CARD = /(?<![\d*])(\d{6})\d{8}(\d{3}[\dXx])(?![\d*])/g
const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g

export function maskPhone(phone: string): string {
  return phone.replace(MOBILE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`)
}

export function maskPersonalText(text: string): string {
  return text
    .replace(ID_CARD, (_m, head: string, tail: string) => `${head}********${tail}`)
    .replace(MOBILE, (_m, head: string, _mid: string, tail: string) => `${head}****${tail}`)
    .replace(LANDLINE, (_m, area: string, _mid: string, tail: string) => `${area}-****${tail}`)
    .replace(EMAIL, (_m, first: string, domain: string) => `${first}***@${domain}`)
}

/** 张伟 → 张*, 欧阳娜娜 → 欧***, John Smith → J*** S****; honorific forms like 王女士 stay as they are. */
export function maskName(name: string): string {
  const n = name.trim()
  if (!n) return n
  if (/^\p{Script=Han}(女士|先生|小姐|阿姨|师傅|老师)$/u.test(n)) return n
  if (/\p{Script=Han}/u.test(n)) {
    const chars = [...n]
    return chars[0] + '*'.repeat(Math.max(1, chars.length - 1))
  }
  return n
    .split(/\s+/)
    .map((w) => (w.length <= 1 ? w : w[0] + '*'.repeat(w.length - 1)))
    .join(' ')
}
