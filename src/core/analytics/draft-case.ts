import type { CaseDraftIn } from '../api/channels/cases'
import type { ComplaintRecord } from '../appraisal/types'
import { CATEGORIES, CHANNELS, PRIORITIES, type Category, type Channel, type Locale, type Priority } from '../domain/enums'
import { maskPersonalText } from '../privacy/mask'
import type { StandardId } from '../standards/standards'
import { cycleHours, onTime, responseHours, type SlaSettings } from './figures'
import { WORDS } from './labels'
import { num } from './labels'
import { localDateTime } from './time'

/** The most frequent value; ties go to the earlier one in `order` (for priority: the more urgent). */
function mostCommon<T extends string>(values: readonly T[], order: readonly T[]): T {
  const n = new Map<T, number>()
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1)
  return [...n].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0][0]
}

/** Standards a case of this kind usually exercises; the trainer adjusts them while editing. */
function standardsFor(category: Category, late: boolean): StandardId[] {
  const base: StandardId[] = category === 'safety' ? ['acknowledge', 'classify', 'escalate', 'follow-up'] : ['acknowledge', 'empathize', 'resolve', 'follow-up']
  return late ? [...base, 'commit-time'] : base
}

/**
 * A draft case from one or several complaint records: category, channel and priority from the tickets
 * (most common; priority the most urgent when tied), and a "What happened" built only from the record
 * facts. Records carry no customer details, the staff name is left out, and every text goes through
 * the personal-data mask so an id that embeds a phone number does not leak into the library.
 */
export function draftCaseFromRecords(rs: readonly ComplaintRecord[], sla: SlaSettings, timeZone: string, locale: Locale, id: string): CaseDraftIn {
  if (rs.length === 0) throw new Error('at least one record is needed')
  const w = WORDS[locale]
  const zh = locale === 'zh-CN'
  const category: Category = mostCommon(rs.map((r) => r.category), CATEGORIES)
  const channel: Channel = mostCommon(rs.map((r) => r.channel), CHANNELS)
  const priority: Priority = rs.some((r) => r.priority === 'urgent') ? 'urgent' : mostCommon(rs.map((r) => r.priority), PRIORITIES)
  const sorted = [...rs].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
  const ids = sorted.map((r) => maskPersonalText(r.ticketId)).join(zh ? '、' : ', ')
  const facts = sorted.map((r) => {
    const t = localDateTime(r.receivedAt, timeZone)
    const resp = responseHours(r)
    const cyc = cycleHours(r)
    const c = w.channel[r.channel]
    const p = w.priority[r.priority]
    if (zh)
      return `- ${t}，${c}受理一件${p}的${w.category[r.category]}投诉；${resp === null ? '没有首次响应记录' : `${num(resp)} 小时后首次响应${onTime(r, sla) ? '（在时限内）' : '（超出时限）'}`}；${cyc === null ? '尚未解决' : `${num(cyc)} 小时后解决`}；${r.satisfaction === null ? '顾客未评价' : `满意度 ${r.satisfaction}/5`}。`
    return `- ${t}: ${w.category[r.category]} complaint (${p.toLowerCase()}) received via ${c}; ${resp === null ? 'no first response recorded' : `first response after ${num(resp)} h${onTime(r, sla) ? ' (within the SLA)' : ' (late)'}`}; ${cyc === null ? 'not resolved' : `resolved after ${num(cyc)} h`}; ${r.satisfaction === null ? 'not rated' : `rated ${r.satisfaction}/5`}.`
  })
  const late = rs.some((r) => !onTime(r, sla))
  const n = rs.length
  const title = zh ? `${w.category[category]}投诉（来自 ${n} 张工单）` : `${w.category[category]} complaint (from ${n} ticket${n > 1 ? 's' : ''})`
  const body = zh
    ? ['## 背景', '', `本草稿由投诉分析根据 ${n} 张工单生成（${ids}），已去除顾客个人信息与员工姓名。请补充场景细节。`, '',
       '## 经过', '', ...facts, '', '## 处理', '', '（请培训师根据工单处理记录补充处理过程。）', '',
       '## 教训', '', '- （请补充本案例的经验教训）', '']
    : ['## Background', '', `Drafted by analytics from ${n} ticket${n > 1 ? 's' : ''} (${ids}); customer personal data and staff names were removed. Add the scene.`, '',
       '## What happened', '', ...facts, '', '## How it was handled', '', '(Trainer: describe how the tickets were handled.)', '',
       '## Lessons', '', '- (Add the lessons of this case)', '']
  return {
    id,
    locale,
    title,
    category,
    channel,
    priority,
    tags: [zh ? '工单改编' : 'from-tickets'],
    standards: standardsFor(category, late),
    summary: zh ? `${n} 张${w.category[category]}工单整理的案例草稿` : `Case draft from ${n} ${w.category[category].toLowerCase()} ticket${n > 1 ? 's' : ''}`,
    body: maskPersonalText(body.join('\n'))
  }
}
