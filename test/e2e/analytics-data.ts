import type { ComplaintRecord, StaffKpi, StaffMember } from '../../src/core/appraisal/types'
import { ROOT_CAUSES } from '../../src/core/appraisal/types'
import { CATEGORIES, CHANNELS } from '../../src/core/domain/enums'

// Complaint records for the analytics e2e test while the appraisal module (records import) is not in
// main: three months of a three-store chain, deterministic, with a delivery surge in October.

export const ROSTER: StaffMember[] = [
  ['S01', '张伟', '静安店'], ['S02', '李娜', '静安店'], ['S03', '王芳', '静安店'],
  ['S04', '刘洋', '浦东店'], ['S05', '陈静', '浦东店'], ['S06', '杨磊', '浦东店'],
  ['S07', '赵敏', '徐汇店'], ['S08', '黄强', '徐汇店']
].map(([staffId, name, team]) => ({ staffId, name, team, hireDate: null, active: true }))

function rng(seed: number) {
  let s = seed
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
}

export function sampleRecords(): ComplaintRecord[] {
  const r = rng(42)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  const out: ComplaintRecord[] = []
  const months: [string, number, number][] = [['2026-08', 60, 4], ['2026-09', 70, 6], ['2026-10', 90, 24]]
  for (const [month, n, delivery] of months)
    for (let i = 0; i < n; i++) {
      const day = 1 + Math.floor(r() * 28)
      const received = new Date(`${month}-${String(day).padStart(2, '0')}T${String(8 + Math.floor(r() * 12)).padStart(2, '0')}:00:00+08:00`)
      const category = i < delivery ? 'delivery' : pick(CATEGORIES.filter((c) => c !== 'delivery'))
      const priority = category === 'safety' ? 'urgent' : r() < 0.15 ? 'low' : 'normal'
      const staff = pick(ROSTER)
      const resp = priority === 'urgent' ? 0.2 + r() * 3 : r() < 0.08 ? null : 0.5 + r() * 30
      const resolved = r() < 0.85
      const cyc = resolved ? (resp ?? 1) + 2 + r() * 80 : null
      const at = (h: number | null) => (h === null ? null : new Date(received.getTime() + h * 3_600_000).toISOString())
      out.push({
        ticketId: `CC${month.replace('-', '')}${String(i + 1).padStart(4, '0')}`,
        staffId: staff.staffId,
        staffName: staff.name,
        channel: category === 'delivery' ? pick(['app', 'phone', 'online-chat'] as const) : pick(CHANNELS),
        category,
        priority,
        receivedAt: received.toISOString(),
        firstResponseAt: at(resp),
        resolvedAt: at(cyc),
        status: resolved ? 'resolved' : 'unresolved',
        satisfaction: resolved && r() < 0.8 ? 1 + Math.floor(r() * 5) : null,
        rootCause: category === 'delivery' ? 'logistics' : r() < 0.7 ? pick(ROOT_CAUSES) : null
      })
    }
  return out
}

/** A simple appraisal table for the staff highlights (the appraisal module computes the real one). */
export function staffTable(records: ComplaintRecord[]): StaffKpi[] {
  const rows = ROSTER.map((s) => {
    const mine = records.filter((x) => x.staffId === s.staffId)
    const rate = (f: (x: ComplaintRecord) => boolean) => (mine.length ? mine.filter(f).length / mine.length : null)
    const rated = mine.flatMap((x) => (x.satisfaction === null ? [] : [x.satisfaction]))
    const sat = rated.length ? rated.reduce((a, b) => a + b, 0) / rated.length : null
    const timely = rate((x) => x.firstResponseAt !== null && Date.parse(x.firstResponseAt) - Date.parse(x.receivedAt) <= (x.priority === 'urgent' ? 2 : 24) * 3_600_000)
    const resolved = rate((x) => x.status === 'resolved')
    const composite = timely === null || resolved === null || sat === null ? null : (timely * 100 + resolved * 100 + ((sat - 1) / 4) * 100) / 3
    const grade = composite === null ? null : composite >= 90 ? 'A' : composite >= 80 ? 'B' : composite >= 70 ? 'C' : 'D'
    return { staffId: s.staffId, staffName: s.name, team: s.team, tickets: mine.length, timelinessRate: timely, resolutionRate: resolved, satisfactionAvg: sat, csat: null, avgResponseHours: null, avgCycleHours: null, trainingScore: null, composite, grade, rank: null } as StaffKpi
  }).sort((a, b) => (b.composite ?? -1) - (a.composite ?? -1))
  rows.forEach((k, i) => (k.rank = k.composite === null ? null : i > 0 && rows[i - 1].composite === k.composite ? rows[i - 1].rank : i + 1))
  return rows
}
