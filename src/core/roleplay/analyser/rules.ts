import { EN_CUES, EN_REMEDY_CUES } from './cues-en'
import { ZH_CUES, ZH_REMEDY_CUES } from './cues-zh'
import { enNegated, zhNegated } from './negation'
import { normalizeEn, normalizeZh } from './normalize'
import { EN_COMMITMENT, EN_RESOLUTION_WORDS, EN_RESPONSE_WORDS, EN_TIME_CUES, EN_VAGUE_TIME } from './time-en'
import { ZH_COMMITMENT, ZH_RESOLUTION_WORDS, ZH_RESPONSE_WORDS, ZH_TIME_CUES, ZH_VAGUE_TIME } from './time-zh'
import type { LocaleRules, ReplyLocale } from './types'

export const RULES: Record<ReplyLocale, LocaleRules> = {
  'zh-CN': {
    cues: ZH_CUES,
    remedyCues: ZH_REMEDY_CUES,
    timeCues: ZH_TIME_CUES,
    commitment: ZH_COMMITMENT,
    responseWords: ZH_RESPONSE_WORDS,
    resolutionWords: ZH_RESOLUTION_WORDS,
    vagueTime: ZH_VAGUE_TIME,
    normalize: normalizeZh,
    clauseBreak: /[，。！？；：\n]|但是|不过|可是/g,
    isNegated: zhNegated
  },
  en: {
    cues: EN_CUES,
    remedyCues: EN_REMEDY_CUES,
    timeCues: EN_TIME_CUES,
    commitment: EN_COMMITMENT,
    responseWords: EN_RESPONSE_WORDS,
    resolutionWords: EN_RESOLUTION_WORDS,
    vagueTime: EN_VAGUE_TIME,
    normalize: normalizeEn,
    clauseBreak: /[,.;:!?\n]| - |\bbut\b|\bhowever\b|\balthough\b|\bunless\b/g,
    isNegated: enNegated
  }
}
