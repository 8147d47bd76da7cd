import type { SearchableDoc } from '../../../src/core/search'

const doc = (d: Partial<SearchableDoc> & Pick<SearchableDoc, 'id' | 'title'>): SearchableDoc => ({
  locale: 'zh-CN',
  tags: [],
  summary: '',
  body: '',
  category: 'other',
  channel: 'phone',
  priority: 'normal',
  standards: [],
  status: 'published',
  ...d
})

/** A small mixed-language library; each doc has one distinctive topic. */
export const CORPUS: SearchableDoc[] = [
  doc({
    id: 'safety-expired-milk',
    title: '顾客购买的牛奶已过期',
    category: 'safety',
    channel: 'in-store',
    priority: 'urgent',
    tags: ['食品安全', '退款'],
    standards: ['acknowledge', 'escalate'],
    summary: '门店售出过期牛奶，孩子已喝一口',
    body: '## 背景\n\n周六上午，某社区门店。\n\n## 经过\n\n顾客发现刚买的牛奶**已过期**三天，孩子喝了一口。店员起初说“过期一两天没事”。\n\n## 处理\n\n店长到场，全额退款并下架同批次。'
  }),
  doc({
    id: 'delivery-late-birthday-cake',
    title: '生日蛋糕配送延误',
    category: 'delivery',
    priority: 'urgent',
    tags: ['配送', '延误'],
    standards: ['commit-time', 'resolve'],
    summary: '派对马上开始，蛋糕还没送到',
    body: '骑手迟到一个小时，顾客在电话里非常着急。'
  }),
  doc({
    id: 'delivery-late-birthday-cake',
    locale: 'en',
    title: 'Birthday cake delivered late',
    category: 'delivery',
    priority: 'urgent',
    tags: ['delivery', 'late'],
    standards: ['commit-time', 'resolve'],
    summary: 'The party was about to start and the cake had not arrived',
    body: 'The courier was an hour late and the customer called the hotline twice. The agent apologized and offered a refund of the delivery fee.'
  }),
  doc({
    id: 'pricing-double-charged',
    locale: 'en',
    title: 'Customer charged twice at checkout',
    category: 'pricing',
    channel: 'phone',
    tags: ['payment', 'refund'],
    standards: ['apologize', 'resolve'],
    summary: 'A card payment went through two times',
    body: 'The customer noticed two identical charges on the statement and asked for the duplicate to be refunded.'
  }),
  doc({
    id: 'pricing-shelf-tag-mismatch',
    title: '货架价签与收银价格不符',
    category: 'pricing',
    channel: 'in-store',
    tags: ['价签', '退款'],
    standards: ['apologize', 'resolve'],
    summary: '价签写 9.9 元，收银按 12.9 元结算',
    body: '顾客结账后发现价格不一致，要求按价签价格退还差价。',
    status: 'draft'
  }),
  doc({
    id: 'safety-power-bank-overheat',
    title: '充电宝发热冒烟',
    category: 'safety',
    channel: 'social-media',
    priority: 'urgent',
    tags: ['产品安全'],
    standards: ['escalate', 'classify'],
    summary: '顾客发微博称充电宝充电时冒烟',
    body: '充电宝在床头充电时发热冒烟，顾客拍视频发到微博，舆情开始发酵。'
  })
]
