import Papa from 'papaparse'
import { z } from 'zod'
import type { StaffMember } from '@core/appraisal/types'
import { parseDay } from '@core/appraisal/time'
import type { DataDir, Store } from '../../storage'

// The staff roster: one small store (hundreds of people), edited in the app or imported from CSV.

export const staffMemberSchema = z.object({
  staffId: z.string().min(1).max(64),
  name: z.string().max(100),
  team: z.string().max(100),
  hireDate: z.string().nullable(),
  active: z.boolean()
})
const rosterSchema = z.object({ staff: z.array(staffMemberSchema) })
type RosterFile = z.infer<typeof rosterSchema>

const HEADERS: Record<string, keyof StaffMember> = {
  staff_id: 'staffId',
  工号: 'staffId',
  name: 'name',
  staff_name: 'name',
  姓名: 'name',
  team: 'team',
  store: 'team',
  门店: 'team',
  班组: 'team',
  '门店/班组': 'team',
  hire_date: 'hireDate',
  入职日期: 'hireDate',
  active: 'active',
  在职: 'active'
}
const YES = new Set(['true', 'yes', 'y', '1', '是', '在职'])
const NO = new Set(['false', 'no', 'n', '0', '否', '离职'])

export interface RosterProblem {
  line: number
  message: string
}

/** Reads a roster CSV (English or Chinese headers); every problem names its line. */
export function parseRosterCsv(text: string): { staff: StaffMember[]; problems: RosterProblem[] } {
  const problems: RosterProblem[] = []
  const staff: StaffMember[] = []
  let rows: string[][]
  try {
    rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data
  } catch (e) {
    return { staff, problems: [{ line: 1, message: `not readable as CSV: ${String(e)}` }] }
  }
  if (rows.length === 0) return { staff, problems: [{ line: 1, message: 'the file is empty' }] }
  const index: Partial<Record<keyof StaffMember, number>> = {}
  rows[0].forEach((h, i) => {
    const f = HEADERS[String(h).trim().toLowerCase().replace(/\s+/g, '_')]
    if (f && index[f] === undefined) index[f] = i
  })
  for (const f of ['staffId', 'name'] as const) if (index[f] === undefined) problems.push({ line: 1, message: `missing column ${f === 'staffId' ? 'staff_id (工号)' : 'name (姓名)'}` })
  if (problems.length > 0) return { staff, problems }
  const seen = new Map<string, number>()
  rows.slice(1).forEach((cells, k) => {
    const line = k + 2
    const get = (f: keyof StaffMember) => (index[f] === undefined ? '' : String(cells[index[f]] ?? '').trim())
    const m = checkMember({ staffId: get('staffId'), name: get('name'), team: get('team'), hireDate: get('hireDate'), active: get('active') })
    if (typeof m === 'string') return problems.push({ line, message: m })
    const first = seen.get(m.staffId)
    if (first !== undefined) return problems.push({ line, message: `staff_id ${m.staffId} repeats line ${first}` })
    seen.set(m.staffId, line)
    staff.push(m)
  })
  return { staff, problems }
}

/** Validates one member given as text; returns the member or a reason. */
export function checkMember(v: { staffId: string; name: string; team: string; hireDate: string; active: string | boolean }): StaffMember | string {
  if (!v.staffId) return 'missing staff_id'
  if (v.staffId.length > 64) return 'staff_id is longer than 64 characters'
  if (!v.name) return `missing name for ${v.staffId}`
  if (v.name.length > 100 || v.team.length > 100) return 'name or team is longer than 100 characters'
  if (v.hireDate && !parseDay(v.hireDate)) return `hire_date "${v.hireDate.slice(0, 20)}" is not a date (YYYY-MM-DD)`
  let active = true
  if (typeof v.active === 'boolean') active = v.active
  else if (v.active !== '') {
    const a = v.active.toLowerCase()
    if (YES.has(a)) active = true
    else if (NO.has(a)) active = false
    else return `active "${v.active.slice(0, 20)}" is not yes/no`
  }
  return { staffId: v.staffId, name: v.name, team: v.team, hireDate: v.hireDate || null, active }
}

export class Roster {
  private constructor(private readonly store: Store<RosterFile>) {}

  static async open(data: DataDir): Promise<Roster> {
    return new Roster(await data.store<RosterFile>('appraisal-roster', { schema: rosterSchema, version: 1, migrations: {}, defaults: () => ({ staff: [] }) }))
  }

  list(): StaffMember[] {
    return this.store.data.staff.map((m) => ({ ...m }))
  }

  ids(): Set<string> {
    return new Set(this.store.data.staff.map((m) => m.staffId))
  }

  get(staffId: string): StaffMember | undefined {
    return this.store.data.staff.find((m) => m.staffId === staffId)
  }

  /** Adds or replaces members by staff id; returns the previous versions (for the audit log). */
  async save(members: readonly StaffMember[]): Promise<{ before: (StaffMember | null)[] }> {
    const before = members.map((m) => this.get(m.staffId) ?? null)
    await this.store.update((d) => {
      const pos = new Map(d.staff.map((m, i) => [m.staffId, i]))
      for (const m of members) {
        const i = pos.get(m.staffId)
        if (i === undefined) pos.set(m.staffId, d.staff.push({ ...m }) - 1)
        else d.staff[i] = { ...m }
      }
      d.staff.sort((a, b) => a.staffId.localeCompare(b.staffId))
    })
    return { before }
  }
}
