/**
 * The 50 fixed search queries. `terms` are planted in the query's target case (and, partly, in
 * distractors); `query` is what a user types — for the typo queries it misspells the terms.
 */
export type QueryKind = 'zh' | 'en' | 'typo'

export interface QuerySpec {
  kind: QueryKind
  query: string
  terms: string[]
}

const zh = (query: string, ...terms: string[]): QuerySpec => ({ kind: 'zh', query, terms })
const en = (query: string): QuerySpec => ({ kind: 'en', query, terms: query.split(' ') })
const typo = (query: string, ...terms: string[]): QuerySpec => ({ kind: 'typo', query, terms })

export const QUERIES: readonly QuerySpec[] = [
  zh('酸奶胀袋', '酸奶', '胀袋'),
  zh('冷柜温度 异常', '冷柜温度', '异常'),
  zh('会员积分清零', '会员积分', '清零'),
  zh('生鲜称重 短斤少两', '称重', '短斤少两'),
  zh('电动车电池鼓包', '电动车电池', '鼓包'),
  zh('预售定金不退', '预售', '定金', '不退'),
  zh('空调安装 师傅迟到', '空调安装', '师傅迟到'),
  zh('退货运费谁承担', '退货运费', '承担'),
  zh('发票抬头开错', '发票抬头', '开错'),
  zh('快递丢件 赔偿', '快递丢件', '赔偿'),
  zh('外卖撒漏', '外卖', '撒漏'),
  zh('婴儿奶粉结块', '婴儿奶粉', '结块'),
  zh('电视坏点 换货', '电视坏点', '换货'),
  zh('洗衣机漏水 地板', '洗衣机漏水', '地板'),
  zh('价签错标 差价', '价签错标', '差价'),
  zh('优惠券叠加失败', '优惠券', '叠加失败'),
  zh('蛋糕奶油变质', '蛋糕', '奶油变质'),
  zh('收银员态度恶劣', '收银员', '态度恶劣'),
  zh('手机碎屏 保修', '手机碎屏', '保修'),
  zh('结账排队太慢', '结账排队', '太慢'),
  zh('生日宴包间取消', '生日宴', '包间取消'),
  zh('床垫甲醛异味', '床垫', '甲醛异味'),
  zh('自提柜 取件码', '自提柜', '取件码'),
  zh('花生过敏 标签', '花生过敏', '标签'),
  zh('试衣间 偷拍', '试衣间', '偷拍'),
  en('refrigerator compressor noise'),
  en('gift card balance missing'),
  en('delivery driver rude'),
  en('loyalty points expired'),
  en('broken glass jar'),
  en('wrong size shoes exchange'),
  en('parking validation'),
  en('pharmacy prescription delay'),
  en('mould bread'),
  en('double charged card'),
  en('warranty repair laptop'),
  en('coupon rejected checkout'),
  en('allergen label peanuts'),
  en('installation appointment missed'),
  en('price match refused'),
  typo('refrigirator leaking', 'refrigerator', 'leaking'),
  typo('recipt missing refund', 'receipt', 'missing', 'refund'),
  typo('damagd furniture delivery', 'damaged', 'furniture', 'delivery'),
  typo('overchraged grocery', 'overcharged', 'grocery'),
  typo('expird voucher', 'expired', 'voucher'),
  typo('micowave sparks', 'microwave', 'sparks'),
  typo('subscripton cancelled', 'subscription', 'cancelled'),
  typo('vacuum clenaer suction', 'vacuum', 'cleaner', 'suction'),
  typo('manger apology letter', 'manager', 'apology', 'letter'),
  typo('dishwaser installation', 'dishwasher', 'installation')
]
