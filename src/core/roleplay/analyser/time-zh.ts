import type { TimeCue } from './types'

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }

/** "24", "两", "十二", "二十四", "1.5" → number. */
export function zhNumber(raw: string): number | null {
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw)
  if (raw === '十') return 10
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(raw)
  if (!m || raw.length === 0) return null
  if (!m[2]) return m[1] ? DIGITS[m[1]] : null
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0)
}

const NUM = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十]+)'
const WITHIN = '(之内|以内|内|前)'
// "今天下班前" and "明天" are promises only next to an act: "今天收到的蛋糕" is not.
export const ZH_COMMITMENT = /给您|会|安排|回复|答复|联系|回电|送达|到账|处理|完成|之内|以内|前|发货|补发|上门|通知|告知|解决|办好|给到|发出|寄出|(帮|给|为)您办|办理/

const scaled = (factor: number) => (m: RegExpExecArray) => {
  const n = zhNumber(m[1])
  return n === null ? null : n * factor
}

export const ZH_TIME_CUES: TimeCue[] = [
  { re: new RegExp(`${NUM}个?(半)?(小时|钟头)${WITHIN}?`), hours: (m) => {
    const n = zhNumber(m[1])
    return n === null ? null : n + (m[2] ? 0.5 : 0)
  }, needsCommitment: true },
  { re: new RegExp(`半个?(小时|钟头)${WITHIN}?`), hours: () => 0.5, needsCommitment: true },
  { re: new RegExp(`${NUM}分钟${WITHIN}`), hours: scaled(1 / 60) },
  { re: new RegExp(`${NUM}个?(工作日|天|日)${WITHIN}`), hours: scaled(24) },
  { re: new RegExp(`${NUM}个?(周|星期|礼拜)${WITHIN}`), hours: scaled(168) },
  // "1到3个工作日到账": a range promises its upper end.
  { re: new RegExp(`${NUM}(?:到|至|-|~)${NUM}个?(工作日|天)`), hours: (m) => {
    const n = zhNumber(m[2])
    return n === null ? null : n * 24
  }, needsCommitment: true },
  { re: /今天|今日|今晚|当天|下班前/, hours: () => 8, needsCommitment: true },
  { re: /明天|明日|明早|明晚/, hours: () => 24, needsCommitment: true },
  { re: /后天/, hours: () => 48, needsCommitment: true }
]

// What a promised time is for. The nearest of these to the time decides ("两小时内给您回电说明排查结果":
// 回电 is nearer than 结果, so it is a call-back promise; "24小时内给您处理结果" is the outcome).
export const ZH_RESPONSE_WORDS = /回电|回复|答复|回话|准信|回您|(联系|通知|告知|告诉)您|跟您联系|(给您|打)(个)?电话|同步(进度)?|消息/
export const ZH_RESOLUTION_WORDS = /处理|解决|办好|办完|办理|到账|退款|退回|退还|退到|完成|送到|送达|寄到|发货|补发|发出|寄出|上门|修好|维修|换货|更换|结果|恢复|开具|重开|赔偿|补偿|下架|取回|收取/

// "尽快" promises nothing concrete. "马上" / "立刻" only when what follows is handling or answering:
// "马上请店长过来" is an act now (escalation), not a vague answer to "when".
export const ZH_VAGUE_TIME = /尽快|尽早|第一时间|稍后|过(几|两)天|近期|抓紧(时间)?(处理|解决|办)|很快(就)?(会|能)?(处理|解决|办好|到账|给您|回复|答复)|(马上|立刻|立即)(就)?(给您|为您|帮您)?(处理|解决|办好|回复|答复|回电|到账|给您结果)/
