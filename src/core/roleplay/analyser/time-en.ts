import type { TimeCue } from './types'

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, the: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twelve: 12, 'twenty-four': 24, 'twenty four': 24, 'forty-eight': 48, 'forty eight': 48, 'seventy-two': 72, 'seventy two': 72
}

function enNumber(raw: string): number | null {
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw)
  return WORDS[raw] ?? null
}

const UNIT_HOURS: Record<string, number> = { minute: 1 / 60, min: 1 / 60, hour: 1, hr: 1, day: 24, week: 168 }

export const EN_COMMITMENT = /\b(will|shall|going to|by|within|aim to|expect|promise)\b/

export const EN_TIME_CUES: TimeCue[] = [
  {
    re: /\b(?:within|in|inside) (?:the next )?(\d+(?:\.\d+)?|an|a|one|the|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty[- ]four|forty[- ]eight|seventy[- ]two) (?:business |working )?(minute|min|hour|hr|day|week)s?\b/,
    hours: (m) => {
      const n = enNumber(m[1])
      return n === null ? null : n * UNIT_HOURS[m[2]]
    },
    needsCommitment: true
  },
  { re: /\b(by )?(the )?end of (the )?(day|today|business)\b|\btoday\b|\btonight\b|\bthis (afternoon|evening|morning)\b/, hours: () => 8, needsCommitment: true },
  { re: /\btomorrow\b/, hours: () => 24, needsCommitment: true },
  { re: /\bnext week\b/, hours: () => 168, needsCommitment: true }
]

// What a promised time is for. The nearest of these to the time decides ("I'll call you back within
// 2 hours" is a call-back promise; "we'll have it resolved within 48 hours" promises the outcome).
export const EN_RESPONSE_WORDS = /\bcall (you )?back\b|\b(call|ring|phone|email|text|update|contact) you\b|\bget back to you\b|\brepl(y|ies)\b|\brespond|\bresponse\b|\bhear (back )?from (us|me)\b|\blet you know\b|\ban (update|answer)\b/
export const EN_RESOLUTION_WORDS = /\bresolv|\bsort(ed)?\b|\bfix|\brefund|\barriv|\bdeliver|\breplace|\brepair|\bprocess|\bcredit|\bcomplet|\bdone\b|\bship|\bdispatch|\bsent out\b|\bin your account\b|\bcollect|\bpick(ed)? up\b|\binstall|\bredeliver|\bexchange/

// Vague times: "right away" and "immediately" only with handling ("I'll get the manager right away" is an
// act now, not an answer to "when will it be sorted").
export const EN_VAGUE_TIME = /\bas soon as (possible|we can|i can|we are able)\b|\basap\b|\bshortly\b|\bsoon\b|\bin due course\b|\bin the near future\b|\bas quickly as (possible|we can|i can)\b|\b(sort|fix|resolve|handle|process|deal with)\b( (it|this|that))? (right away|immediately)\b/
