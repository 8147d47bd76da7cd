import type { Category, Channel, Locale, Priority } from '../domain/enums'
import type { RootCause } from '../appraisal/types'
import type { HeadlineMetric } from './types'

// Words of the exported report and of the drafted case. They live in core (not in the renderer's
// message files) because the Markdown export and the case draft are produced here, for any caller.

interface Words {
  category: Record<Category, string>
  channel: Record<Channel, string>
  priority: Record<Priority, string>
  rootCause: Record<RootCause | 'unknown', string>
  metric: Record<HeadlineMetric, string>
}

export const WORDS: Record<Locale, Words> = {
  'zh-CN': {
    category: {
      'product-quality': '商品质量', 'service-attitude': '服务态度', delivery: '物流配送', pricing: '价格',
      safety: '食品/人身安全', 'after-sales': '售后(退换修保)', promotion: '促销活动', other: '其他'
    },
    channel: { phone: '客服热线', 'online-chat': '在线客服', email: '电子邮件', 'web-form': '反馈表单', app: 'APP', 'social-media': '社交媒体', 'in-store': '门店/服务台' },
    priority: { urgent: '紧急', normal: '一般', low: '咨询/建议' },
    rootCause: { product: '产品', process: '流程', system: '系统', logistics: '物流', staff: '人员', other: '其他', unknown: '未填写' },
    metric: {
      total: '投诉量', resolutionRate: '解决率', timelinessRate: '及时率', satisfactionAvg: '平均满意度', csat: 'CSAT（4–5 分占比）',
      medianResponseHours: '响应时长中位数（小时）', medianCycleHours: '处理周期中位数（小时）', urgentShare: '紧急投诉占比'
    }
  },
  en: {
    category: {
      'product-quality': 'Product quality', 'service-attitude': 'Service attitude', delivery: 'Delivery', pricing: 'Pricing',
      safety: 'Food / personal safety', 'after-sales': 'After-sales', promotion: 'Promotion', other: 'Other'
    },
    channel: { phone: 'Hotline', 'online-chat': 'Online chat', email: 'Email', 'web-form': 'Web form', app: 'App', 'social-media': 'Social media', 'in-store': 'In store' },
    priority: { urgent: 'Urgent', normal: 'Normal', low: 'Enquiry' },
    rootCause: { product: 'Product', process: 'Process', system: 'System', logistics: 'Logistics', staff: 'Staff', other: 'Other', unknown: 'Not given' },
    metric: {
      total: 'Complaints', resolutionRate: 'Resolution rate', timelinessRate: 'Timeliness rate', satisfactionAvg: 'Mean satisfaction', csat: 'CSAT (share of 4–5)',
      medianResponseHours: 'Median response (hours)', medianCycleHours: 'Median cycle (hours)', urgentShare: 'Share of urgent complaints'
    }
  }
}

/** Metrics shown as percentages (fractions 0–1 in data). */
export const PERCENT_METRICS: readonly HeadlineMetric[] = ['resolutionRate', 'timelinessRate', 'csat', 'urgentShare']

export function formatMetric(metric: HeadlineMetric, v: number | null): string {
  if (v === null) return '—'
  if (PERCENT_METRICS.includes(metric)) return pct(v)
  if (metric === 'total') return String(v)
  return v.toFixed(metric === 'satisfactionAvg' ? 2 : 1)
}

export const pct = (v: number | null, digits = 1): string => (v === null ? '—' : `${(v * 100).toFixed(digits)}%`)
export const num = (v: number | null, digits = 1): string => (v === null ? '—' : v.toFixed(digits))

/** The change of a headline figure as text: "+12 (+20.0%)", "+3.5 pt" for rates, "—" when there is no previous figure. */
export function formatChange(metric: HeadlineMetric, delta: number | null, rel: number | null): string {
  if (delta === null) return '—'
  const sign = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '±')
  if (PERCENT_METRICS.includes(metric)) return `${sign(delta)}${Math.abs(delta * 100).toFixed(1)} pt`
  const abs = metric === 'total' ? String(Math.abs(delta)) : Math.abs(delta).toFixed(metric === 'satisfactionAvg' ? 2 : 1)
  return rel === null ? `${sign(delta)}${abs}` : `${sign(delta)}${abs} (${sign(rel)}${Math.abs(rel * 100).toFixed(1)}%)`
}
