#!/usr/bin/env node
// Generates the sample appraisal data shipped in resources/sample/ (deterministic: same output every run).
//   node scripts/gen-sample-data.mjs
// records-2026-09.csv / records-2026-10.csv: ~12 staff in 3 stores, a few thousand tickets a month with
// realistic mixes of channel, category, priority, response and resolution times, ratings and root causes
// (Chinese headers and values, as a Chinese store's export would be); records-bad-rows.csv: English
// headers, mostly good rows plus one of each kind of bad row; roster.csv: the staff.
import { writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'sample')
mkdirSync(out, { recursive: true })

// mulberry32: a tiny seeded PRNG, so the files never change unless this script does.
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = rng(20261001)
const pick = (weights) => {
  const total = Object.values(weights).reduce((a, b) => a + b, 0)
  let x = rand() * total
  for (const [k, w] of Object.entries(weights)) if ((x -= w) < 0) return k
  return Object.keys(weights)[0]
}
/** Log-normal-ish: median m, spread s (multiplicative). */
const skewed = (m, s) => m * Math.exp((rand() + rand() + rand() - 1.5) * s)

const STAFF = [
  ['CS001', '张伟', '南京路店', '2023-03-01', 0.9, 0.97, 4.6],
  ['CS002', '王芳', '南京路店', '2022-07-15', 0.8, 0.94, 4.4],
  ['CS003', '李娜', '南京路店', '2024-02-20', 0.6, 0.9, 4.1],
  ['CS004', '刘洋', '南京路店', '2025-09-01', 0.25, 0.7, 3.0],
  ['CS005', '陈静', '徐家汇店', '2021-11-08', 0.92, 0.96, 4.7],
  ['CS006', '杨磊', '徐家汇店', '2023-06-12', 0.7, 0.92, 4.2],
  ['CS007', '赵敏', '徐家汇店', '2024-05-06', 0.55, 0.86, 3.9],
  ['CS008', '黄强', '徐家汇店', '2025-03-17', 0.45, 0.82, 3.7],
  ['CS009', '周婷', '线上客服中心', '2022-01-10', 0.85, 0.95, 4.5],
  ['CS010', '吴昊', '线上客服中心', '2023-09-25', 0.75, 0.93, 4.3],
  ['CS011', '徐丽', '线上客服中心', '2024-08-19', 0.65, 0.9, 4.0],
  ['CS012', '孙鹏', '线上客服中心', '2025-06-30', 0.5, 0.84, 3.8]
]
// [skill (response speed), resolve probability, mean rating]

const CHANNELS = { 客服热线: 30, 在线客服: 28, APP: 14, 社交媒体: 6, 电子邮件: 5, 反馈表单: 4, '门店/服务台': 13 }
const CATEGORIES = { 商品质量: 26, 物流配送: 22, 售后: 18, 服务态度: 10, 价格: 8, 促销活动: 9, '食品/人身安全': 3, 其他: 4 }
const ROOT = {
  商品质量: { 产品: 80, 流程: 10, 其他: 10 },
  物流配送: { 物流: 80, 系统: 10, 流程: 10 },
  售后: { 流程: 50, 产品: 30, 人员: 10, 系统: 10 },
  服务态度: { 人员: 85, 流程: 15 },
  价格: { 系统: 50, 流程: 40, 其他: 10 },
  促销活动: { 系统: 45, 流程: 45, 其他: 10 },
  '食品/人身安全': { 产品: 85, 流程: 15 },
  其他: { 其他: 70, 流程: 30 }
}
const SLA = { 紧急: [2, 24], 一般: [24, 72], 咨询: [24, 168] }
const pad = (n) => String(n).padStart(2, '0')
/** Wall time in Asia/Shanghai as the export writes it (no offset; read in the configured zone). */
const wall = (ms) => {
  const d = new Date(ms + 8 * 3600_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
}
const cell = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

function month(year, mon, perStaff, drift) {
  const rows = []
  const start = Date.UTC(year, mon - 1, 1) - 8 * 3600_000
  const days = new Date(Date.UTC(year, mon, 0)).getUTCDate()
  let n = 0
  for (const [id, name, , , skill0, resolve0, rating0] of STAFF) {
    const skill = Math.min(0.98, skill0 + drift * (rand() - 0.3))
    const count = Math.round(perStaff * (0.8 + rand() * 0.4))
    for (let k = 0; k < count; k++) {
      const day = Math.floor(rand() * days)
      const hour = 8 + Math.floor(skewed(5, 0.6)) % 14
      const received = start + day * 86_400_000 + hour * 3600_000 + Math.floor(rand() * 3600) * 1000
      const category = pick(CATEGORIES)
      const priority = category === '食品/人身安全' ? '紧急' : pick({ 紧急: 8, 一般: 67, 咨询: 25 })
      const [respSla, resolSla] = SLA[priority]
      const noResponse = rand() < 0.015 + (1 - skill) * 0.03
      const response = noResponse ? null : received + Math.round(skewed(respSla * (1.15 - skill) * 1.0, 0.9) * 3600_000)
      const resolved = rand() < resolve0
      const resolvedAt = resolved ? Math.max(response ?? received, received + Math.round(skewed(resolSla * 0.35 * (1.3 - skill), 0.8) * 3600_000)) : null
      const rated = resolved ? rand() < 0.62 : rand() < 0.3
      const mean = resolved ? rating0 : Math.max(1, rating0 - 1.8)
      const rating = rated ? String(Math.max(1, Math.min(5, Math.round(mean + (rand() - 0.5) * 2.2)))) : ''
      const ticket = `TK${year}${pad(mon)}${String(++n).padStart(5, '0')}`
      rows.push({ received, cells: [ticket, id, name, pick(CHANNELS), category, priority, wall(received), response === null ? '' : wall(response), resolvedAt === null ? '' : wall(resolvedAt), resolved ? '已解决' : '未解决', rating, pick(ROOT[category])] })
    }
  }
  rows.sort((a, b) => a.received - b.received)
  const header = '工单号,工号,姓名,渠道,类别,优先级,受理时间,首次响应时间,解决时间,状态,满意度,根因'
  return '\uFEFF' + [header, ...rows.map((r) => r.cells.map(cell).join(','))].join('\r\n') + '\r\n'
}

writeFileSync(join(out, 'records-2026-09.csv'), month(2026, 9, 190, 0.1))
writeFileSync(join(out, 'records-2026-10.csv'), month(2026, 10, 230, 0.15))
writeFileSync(
  join(out, 'roster.csv'),
  '\uFEFF工号,姓名,门店,入职日期,在职\r\n' + STAFF.map(([id, name, team, hire]) => [id, name, team, hire, '是'].join(',')).join('\r\n') + '\r\n'
)
// Mostly good rows, then one of each problem the import reports (lines noted for the e2e test).
const bad = [
  'ticket_id,staff_id,staff_name,channel,category,priority,received_at,first_response_at,resolved_at,status,satisfaction,root_cause',
  'TKB0001,CS001,张伟,phone,delivery,urgent,2026-10-08 10:00,2026-10-08 11:00,2026-10-08 18:00,resolved,5,logistics',
  'TKB0002,CS002,王芳,online-chat,pricing,normal,2026-10-09 14:20,2026-10-09 15:00,2026-10-10 09:00,resolved,4,system',
  'TKB0003,CS005,陈静,app,after-sales,low,2026-10-10T09:30:00+08:00,2026-10-10T10:00:00+08:00,2026-10-12T09:00:00+08:00,resolved,,process',
  'TKB0004,CS003,李娜,phone,product-quality,asap,2026-10-11 09:00,2026-10-11 09:30,2026-10-11 12:00,resolved,4,product',
  'TKB0005,CS004,刘洋,email,delivery,normal,2026-10-12 09:00,2026-10-12 10:00,2026-10-11 09:00,resolved,3,logistics',
  'TKB0006,CS006,杨磊,phone,service-attitude,normal,2026-10-13 09:00,2026-10-13 09:10,2026-10-13 17:00,resolved,7,staff',
  'TKB0001,CS007,赵敏,phone,delivery,normal,2026-10-14 09:00,2026-10-14 09:10,2026-10-14 17:00,resolved,4,logistics',
  'TKB0008,CS008,黄强,web-form,pricing,low,2026-10-3l 09:00,,,unresolved,,',
  'TKB0009,,,social-media,promotion,normal,2026-10-15 09:00,2026-10-15 09:20,,unresolved,2,system',
  'TKB0010,CS099,未知,phone,other,normal,2026-10-16 09:00,2026-10-16 09:20,2026-10-16 12:00,resolved,4,other',
  'TKB0011,CS009,周婷,in-store,safety,urgent,2026-10-17 09:00,2026-10-17 09:20,2026-10-17 15:00,resolved,5,product'
]
writeFileSync(join(out, 'records-bad-rows.csv'), bad.join('\r\n') + '\r\n')
console.log(`wrote ${out}`)
