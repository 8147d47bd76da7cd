export const zh = {
  category: {
    'product-quality': '商品质量', 'service-attitude': '服务态度', delivery: '物流配送', pricing: '价格',
    safety: '食品/人身安全', 'after-sales': '售后(退换修保)', promotion: '促销活动', other: '其他'
  },
  channel: {
    phone: '客服热线', 'online-chat': '在线客服', email: '电子邮件', 'web-form': '反馈表单', app: 'APP',
    'social-media': '社交媒体', 'in-store': '门店/服务台'
  },
  priority: { urgent: '紧急', normal: '一般', low: '咨询/建议' },
  status: { draft: '草稿', 'in-review': '待审核', published: '已发布', archived: '已归档' },
  remedy: { apology: '道歉', refund: '退款', exchange: '换货', repair: '维修', coupon: '优惠券', gift: '小礼品', compensation: '赔偿' },
  standard: {
    acknowledge: '及时受理确认', listen: '耐心倾听', empathize: '安抚共情', apologize: '诚恳致歉', 'no-blame': '不推诿不争执',
    record: '信息记录完整', classify: '分类分级准确', 'commit-time': '承诺处理时限', resolve: '方案合理', escalate: '按需升级',
    'follow-up': '跟踪回访', privacy: '保护客户信息', language: '用语规范'
  }
}

export const en: typeof zh = {
  category: {
    'product-quality': 'Product quality', 'service-attitude': 'Service attitude', delivery: 'Delivery', pricing: 'Pricing',
    safety: 'Food / personal safety', 'after-sales': 'After-sales', promotion: 'Promotion', other: 'Other'
  },
  channel: {
    phone: 'Hotline', 'online-chat': 'Online chat', email: 'Email', 'web-form': 'Web form', app: 'App',
    'social-media': 'Social media', 'in-store': 'In store'
  },
  priority: { urgent: 'Urgent', normal: 'Normal', low: 'Enquiry' },
  status: { draft: 'Draft', 'in-review': 'In review', published: 'Published', archived: 'Archived' },
  remedy: { apology: 'Apology', refund: 'Refund', exchange: 'Exchange', repair: 'Repair', coupon: 'Coupon', gift: 'Small gift', compensation: 'Compensation' },
  standard: {
    acknowledge: 'Prompt acknowledgement', listen: 'Patient listening', empathize: 'Empathy', apologize: 'Sincere apology', 'no-blame': 'No blame, no argument',
    record: 'Complete record', classify: 'Accurate classification', 'commit-time': 'Committed timeline', resolve: 'Fitting remedy', escalate: 'Escalates when needed',
    'follow-up': 'Follow-up', privacy: 'Privacy', language: 'Professional language'
  }
}
