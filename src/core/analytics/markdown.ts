import { FLAG_RULE } from './trends'
import { WORDS, formatChange, formatMetric, num, pct } from './labels'
import { maskReportTickets, type ReportContent } from './report'
import type { GroupStats } from './types'

// The Markdown export of a periodic report (pure, so the renderer, the CLI and tests share it).

const H = {
  'zh-CN': {
    period: '统计周期', team: '门店/团队', allTeams: '全部', generated: '生成时间',
    headline: '核心指标', metric: '指标', value: '本期', previous: '上期', change: '变化',
    trend: '趋势', periodCol: '周期', total: '投诉量', resolution: '解决率', timeliness: '及时率', satisfaction: '满意度', csat: 'CSAT',
    flagged: '投诉量急剧上升的类别', flagRule: `规则：本期比上期增加至少 ${FLAG_RULE.minRise * 100}% 且至少多 ${FLAG_RULE.minIncrease} 件（上期没有任何记录时不标记）。`, none: '无。',
    byCategory: '按类别', byChannel: '按渠道', category: '类别', channel: '渠道', tickets: '件数', share: '占比',
    sla: '各优先级时限达成', priority: '优先级', responseMet: '响应达标', resolutionMet: '解决达标',
    times: '响应与处理时长（小时）', median: '中位数', p90: '90 分位', response: '首次响应', cycle: '处理周期',
    urgent: (n: number, share: string, met: string, med: string) => `紧急投诉 ${n} 件，占 ${share}；${met} 在时限内响应，响应时长中位数 ${med} 小时。`,
    rootCause: '根因分析', cause: '根因',
    topTypes: '主要投诉类型与示例工单', ticket: '工单号', received: '受理时间', status: '状态', resolved: '已解决', unresolved: '未解决', rating: '满意度',
    staff: '员工表现', top: '表现突出', attention: '需要关注', name: '姓名', grade: '等级', composite: '综合分', rank: '名次',
    suggestions: '改进建议'
  },
  en: {
    period: 'Period', team: 'Store / team', allTeams: 'All', generated: 'Generated',
    headline: 'Headline figures', metric: 'Figure', value: 'This period', previous: 'Previous', change: 'Change',
    trend: 'Trend', periodCol: 'Period', total: 'Complaints', resolution: 'Resolution', timeliness: 'Timeliness', satisfaction: 'Satisfaction', csat: 'CSAT',
    flagged: 'Categories whose volume rose sharply', flagRule: `Rule: at least ${FLAG_RULE.minRise * 100}% and at least ${FLAG_RULE.minIncrease} more complaints than the previous period (not when the previous period has no records at all).`, none: 'None.',
    byCategory: 'By category', byChannel: 'By channel', category: 'Category', channel: 'Channel', tickets: 'Tickets', share: 'Share',
    sla: 'SLA attainment by priority', priority: 'Priority', responseMet: 'Response in SLA', resolutionMet: 'Resolved in SLA',
    times: 'Response and cycle time (hours)', median: 'Median', p90: '90th percentile', response: 'First response', cycle: 'Cycle',
    urgent: (n: number, share: string, met: string, med: string) => `${n} urgent complaints (${share}); ${met} answered within the SLA, median response ${med} h.`,
    rootCause: 'Root causes', cause: 'Root cause',
    topTypes: 'Top complaint types with example tickets', ticket: 'Ticket', received: 'Received', status: 'Status', resolved: 'resolved', unresolved: 'unresolved', rating: 'Rating',
    staff: 'Staff highlights', top: 'Top performers', attention: 'Needing support', name: 'Name', grade: 'Grade', composite: 'Composite', rank: 'Rank',
    suggestions: 'Improvement suggestions'
  }
}

/** Text inside a table cell: pipes and line breaks would break the table. */
export const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), '']
}

/** Ticket ids are masked: the exported file leaves the app. */
export function reportToMarkdown(report: ReportContent): string {
  const r = maskReportTickets(report)
  const h = H[r.locale]
  const w = WORDS[r.locale]
  const groups = (head: string, rows: GroupStats[], label: (k: string) => string) =>
    table(
      [head, h.tickets, h.resolution, h.timeliness, h.satisfaction, h.csat],
      rows.map((g) => [label(g.key), String(g.tickets), pct(g.resolutionRate), pct(g.timelinessRate), num(g.satisfactionAvg, 2), pct(g.csat)])
    )
  const out: string[] = [`# ${r.title}`, '']
  out.push(`- ${h.period}: ${r.period.from} – ${r.period.to}`, `- ${h.team}: ${cell(r.team ?? h.allTeams)}`, `- ${h.generated}: ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC`, '')
  out.push(`## ${h.headline}`, '')
  out.push(...table([h.metric, h.value, h.previous, h.change], r.headline.map((x) => [w.metric[x.metric], formatMetric(x.metric, x.value), formatMetric(x.metric, x.previous), formatChange(x.metric, x.delta, x.pct)])))
  const f = r.current
  out.push(h.urgent(f.urgent.tickets, pct(f.urgent.share), pct(f.urgent.responseMet), num(f.urgent.responseHours.median)), '')
  out.push(`## ${h.trend}`, '')
  out.push(...table([h.periodCol, h.total, h.resolution, h.timeliness, h.satisfaction], r.trend.map((p) => [p.label, String(p.total), pct(p.resolutionRate), pct(p.timelinessRate), num(p.satisfactionAvg, 2)])))
  out.push(`## ${h.flagged}`, '', h.flagRule, '')
  if (r.flagged.length === 0) out.push(h.none, '')
  else out.push(...r.flagged.map((x) => `- **${w.category[x.category]}**: ${x.previous} → ${x.current} (+${x.increase}${x.pct === null ? '' : `, +${(x.pct * 100).toFixed(0)}%`})`), '')
  out.push(`## ${h.byCategory}`, '', ...groups(h.category, f.perCategory, (k) => w.category[k as keyof typeof w.category]))
  out.push(`## ${h.byChannel}`, '', ...groups(h.channel, f.perChannel, (k) => w.channel[k as keyof typeof w.channel]))
  out.push(`## ${h.sla}`, '', ...table([h.priority, h.tickets, h.responseMet, h.resolutionMet], f.slaByPriority.map((s) => [w.priority[s.key], String(s.tickets), pct(s.responseMet), pct(s.resolutionMet)])))
  out.push(`## ${h.times}`, '', ...table(['', h.median, h.p90], [[h.response, num(f.responseHours.median), num(f.responseHours.p90)], [h.cycle, num(f.cycleHours.median), num(f.cycleHours.p90)]]))
  if (f.rootCausesPresent)
    out.push(`## ${h.rootCause}`, '', ...table([h.cause, h.tickets, h.share, h.resolution, h.satisfaction], f.rootCauses.map((c) => [w.rootCause[c.key], String(c.tickets), pct(c.share), pct(c.resolutionRate), num(c.satisfactionAvg, 2)])))
  out.push(`## ${h.topTypes}`, '')
  r.topTypes.forEach((t, i) => {
    out.push(`### ${i + 1}. ${w.category[t.category]} — ${t.tickets} (${pct(t.share)}; ${formatChange('total', t.change.delta, t.change.pct)})`, '')
    out.push(...table([h.ticket, h.channel, h.priority, h.received, h.status, h.rating], t.examples.map((e) => [cell(e.ticketId), w.channel[e.channel], w.priority[e.priority], e.received, e.status === 'resolved' ? h.resolved : h.unresolved, e.satisfaction === null ? '—' : `${e.satisfaction}/5`])))
  })
  out.push(`## ${h.staff}`, '')
  const staff = (rows: ReportContent['staff']['top']) =>
    table([h.rank, h.name, h.team, h.tickets, h.composite, h.grade], rows.map((s) => [s.rank === null ? '—' : String(s.rank), cell(s.staffName), cell(s.team), String(s.tickets), num(s.composite), s.grade ?? '—']))
  out.push(`### ${h.top}`, '', ...(r.staff.top.length ? staff(r.staff.top) : [h.none, '']))
  out.push(`### ${h.attention}`, '', ...(r.staff.attention.length ? staff(r.staff.attention) : [h.none, '']))
  out.push(`## ${h.suggestions}`, '', r.suggestions.trim(), '')
  return out.join('\n')
}
