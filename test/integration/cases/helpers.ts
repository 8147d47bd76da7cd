import type { CaseDraftIn } from '../../../src/core/api/channels/cases'

/** A valid zh-CN case draft as the authoring form sends it. */
export function draft(id: string, over: Partial<CaseDraftIn> = {}): CaseDraftIn {
  return {
    id,
    locale: 'zh-CN',
    title: '顾客投诉冷柜酸奶变质',
    category: 'safety',
    channel: 'in-store',
    priority: 'urgent',
    tags: ['食品安全', '冷链'],
    standards: ['acknowledge', 'escalate'],
    summary: '冷柜温度异常导致酸奶变质，顾客到服务台投诉',
    body: [
      '## 背景', '', '社区门店，夏季午后，冷柜温控故障未被发现。', '',
      '## 经过', '', '顾客王女士（电话 13812345678）买的酸奶胀包，孩子差点喝下。', '',
      '## 处理', '', '值班经理到场道歉、退款，下架同批次并检修冷柜。', '',
      '## 教训', '', '- 冷柜温度每两小时巡检一次', '- 食品安全投诉立即升级到店长', '- 当场退款并承诺回访', ''
    ].join('\n'),
    ...over
  }
}
