import type { Cue, RemedyCue } from './types'

// Cue lists for Simplified Chinese replies. Text is normalised first (no spaces, full-width punctuation).
// A cue whose own words carry the negation is marked negatable: false.
const THIRD = '(他|她|那位|这位|那个|对方|其他顾客|别的顾客|快递员|配送员|骑手|店员|师傅|司机|先生|女士|顾客)'
const DATA = '(电话|手机|联系方式|号码|地址|住址|个人信息|隐私|信息|记录)'

export const ZH_CUES: Cue[] = [
  // apologize
  { standard: 'apologize', kind: 'credit', re: /抱歉|对不起|不好意思|道歉|歉意|致歉/ },

  // empathize
  { standard: 'empathize', kind: 'credit', re: /理解您|理解你|能理解|我理解|(完全|非常|十分|特别|很)理解|您的心情|你的心情|换(作|做|成)?(是)?我|换位思考|受委屈|委屈您|让您担心|辛苦您|(让|令)(人|您)(很|特别|非常)?(生气|着急|难受|气愤|失望|不舒服|糟心)/ },
  { standard: 'empathize', kind: 'credit', re: /我知道您(现在)?(很|非常|一定)?(生气|着急|难过|不满|失望|担心)|(肯定|一定)(很)?(着急|担心|生气)/ },
  { standard: 'empathize', kind: 'credit', re: /(别|不要|不用)(着急|担心|慌)|放心/, negatable: false },
  { standard: 'empathize', kind: 'credit', re: /身体(怎么样|还好)|(有没有|是否)(哪里|感到)?不舒服|没(什么)?事吧|伤(得|口)(怎么样|严重吗)|(孩子|宝宝|老人)(还好|怎么样)/, negatable: false },

  // listen
  { standard: 'listen', kind: 'credit', re: /具体(是|说|讲|描述|情况|发生|什么|哪|怎么|一点)|详细(说|讲|描述|介绍)|描述一下|慢慢说|我在听|您请说|然后呢|后来(呢|怎么|发生)|怎么回事|什么情况|发生了什么|说说/ },
  { standard: 'listen', kind: 'credit', re: /(哪天|哪一天|几号|几点|什么时候|哪一?(款|件|位|家)|哪个(门店|店员|同事))[^。！？]*？|复述|我确认一下您(说|的意思)|希望(我们)?(怎么|如何)(处理|解决)|有没有(损坏|破损|其他问题)|(我明白|我理解|我听明白)(了)?(您|你)的意思|(您|你)是(希望|想|说)[^。！？]{0,20}(对吗|是吗|对吧)/ },
  { standard: 'listen', kind: 'violation', re: /打断|说重点|长话短说|别说了|听我说完|先听我说/ },

  // record
  { standard: 'record', kind: 'credit', re: /(留|提供|报|告诉我|说一下|核对|确认|记录|记下|登记|给我看|发给我|发我|拍)[^，。！？；]{0,12}(电话|手机号?|联系方式|订单号?|单号|小票|收据|发票|会员卡号?|地址|姓名|购买凭证)/ },
  { standard: 'record', kind: 'credit', re: /(电话|手机号|联系方式|订单号|单号|小票|收据|发票|会员卡号|地址|姓名|购买凭证|订单截图|付款截图)[^，。！？；]{0,8}(是多少|多少|是不是|吗|都?记录(好|下)|给我看|发给我|发我|拍)/ },

  // acknowledge
  { standard: 'acknowledge', kind: 'credit', re: /已(经)?(为您|给您|帮您)?(收到|受理|登记|记录|记下)|(收到|受理|登记|记录|记下)(了|下来|来了|在案)|已录入/ },

  // escalate
  { standard: 'escalate', kind: 'credit', re: /店长|经理|主管|领导|上级|上报|升级处理|专项小组|(转交|转给|转到|转接|转告|反馈给|交给|通知|提交给|报给)[^，。！？]{0,8}(部门|团队|专员|负责人|总部)|(质检|技术|物流|售后|安全|法务)部(门)?|负责人/ },

  // follow-up
  { standard: 'follow-up', kind: 'credit', re: /回访|跟进|回电|给您(答复|回复|回电|打电话|打个电话|电话)|回复您|答复您|(联系|通知|告诉|告知)您|跟您联系|同步(进度|结果)|有结果|再给您(打|回|电话|答复|回复|消息)|给您一个[^，。！？]{0,6}(答复|回复|结果)/ },

  // no-blame (blame, doubt, passing the buck)
  { standard: 'no-blame', kind: 'violation', re: /(您|你)自己(没|不小心|弄|摔|放|看错|操作|记错|搞错|问问|去|找|联系|的问题|的原因)|是(您|你)没(看|按|注意|保管|仔细|说)/ },
  { standard: 'no-blame', kind: 'violation', re: /(是|的)(您|你)的(错|责任|问题)|怪(您|你)|责任推给|推给(您|你)|操作不当|使用不当|人为(损坏|造成)|(您|你)操作的问题/ },
  { standard: 'no-blame', kind: 'violation', re: /(不是|不关|跟|和)我们?(商家|店|门店|公司)?的?(问题|事|责任|没关系|无关)|不关我的事|不归我们?管|我们?管不了|不是我们能决定|我只是(个|一个)?(收银员|店员|客服|员工)/, negatable: false },
  { standard: 'no-blame', kind: 'violation', re: /是(快递|厂家|厂商|供应商|物流|品牌方|平台)的(问题|锅|责任)|(您|你)(得|直接|可以|自己)?(去)?找(快递|厂家|厂商|供应商|总部|品牌方|物流)|有问题(您|你)?找/ },
  // Passing the buck to a third party the customer never chose ("安装由第三方负责", "请您自行联系物业").
  { standard: 'no-blame', kind: 'violation', re: /(由|归|是)第三方(服务商|公司|物业)?(负责|管理|处理|的事|的问题)|(与|跟|和)(商场|门店|本店|公司|平台|超市|我司)(无关|没关系|没有关系)|自行(联系|找|去|处理|解决|协商)|找物业/, negatable: false },
  { standard: 'no-blame', kind: 'violation', re: /确定是在我们|是不是(记错|看错|搞错|弄错|经常)|不可能(错|出错|有问题)|无理取闹|(要求)?太过分|故意找茬|(您|你)这样说就?不对|(员工|店员|同事)不可能(这样|这么)/, negatable: false },

  // privacy
  { standard: 'privacy', kind: 'violation', re: new RegExp(`${THIRD}[^。！？您]{0,12}(电话|手机|号码|微信)(号)?(是|：)?1[3-9]\\d{9}`) },
  { standard: 'privacy', kind: 'violation', re: new RegExp(`${THIRD}[^。！？您]{0,16}(家住|住在|住址是|地址是)`) },
  { standard: 'privacy', kind: 'credit', re: new RegExp(`隐私保护|保护(好)?(您|顾客|客户)?的?(隐私|个人信息)|属于(个人)?隐私|(不能|不方便|不会|无法|不可以)(向您)?(透露|泄露|提供|告诉您)[^。！？]{0,10}${DATA}|${DATA}[^。！？]{0,8}(不能|不便|不方便|无法|不会|不可以)(透露|提供|告知|查|查询|给)|(不能|不会|不可以|绝不会|绝对不会)把[^。！？]{0,10}${DATA}`), negatable: false },

  // Over-collection: an ID card or bank card is never needed to handle a complaint (最小必要).
  { standard: 'privacy', kind: 'violation', re: /(上传|提供|发|拍|报)[^，。！？]{0,6}(身份证|手持证件|银行卡号|银行卡密码)/ },

  // language
  { standard: 'language', kind: 'credit', re: /请(您|问|稍|放心|相信|留|提供|谅解|原谅|多包涵|耐心)|麻烦您|谢谢|感谢|您好(?!像)|多包涵|劳驾/ },
  { standard: 'language', kind: 'violation', re: /(不要|别)(在这里)?(大声喧哗|吵|嚷)/, negatable: false },
  { standard: 'language', kind: 'violation', re: /烦不烦|事多|事儿多|爱买不买|嚷嚷|有话好好说|这点小事|小问题|(你|您)想怎么样|别买了|规定就是规定|大吵大闹|(您|你)先?冷静(一下|点)|我也没办法|要投诉就去投诉|随便你|我很忙|又是你|我也没有?办法|大声喧哗|说了多少遍|听不懂吗|不是说了吗|你懂不懂|(最终)?解释权归|以系统(库存|显示|数据)?为准|这是公司(的)?规定/ }
]

export const ZH_REMEDY_CUES: RemedyCue[] = [
  { remedy: 'refund', re: /退款|退钱|退货(?!期)|退差价|退回|退还(?!是)|返还|全额退/ },
  { remedy: 'exchange', re: /换货|换新|换(一|个)(个|台|件|双|瓶|盒|份|款|条|只|部|套)|换个货|更换|调换|补发|重新(发|寄|送)/ },
  { remedy: 'repair', re: /(?<!付费|收费)(维修|修理|返修|修好)/ },
  { remedy: 'coupon', re: /优惠券|代金券|无门槛券|\d+元券|购物券|折扣券|积分(补偿|奖励)/ },
  { remedy: 'gift', re: /礼品|小礼物|礼物|赠品|小礼包/ },
  { remedy: 'compensation', re: /赔偿|补偿(?!券)|费用由我们承担|我们承担[^，。]{0,6}费用|(医药|检查|打车)费[^，。]{0,6}(报销|承担)/ }
]
