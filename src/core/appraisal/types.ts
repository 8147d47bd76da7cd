import type { Category, Channel, Priority } from '../domain/enums'

// The shapes the appraisal module shares with the modules that read its data (special appraisals,
// incentives, analytics). Storage may keep records in any compact form; these are what services hand out.

export const ROOT_CAUSES = ['product', 'process', 'system', 'logistics', 'staff', 'other'] as const
export type RootCause = (typeof ROOT_CAUSES)[number]

/** One complaint-handling record (DESIGN.md, "Complaint records"); times are ISO 8601 instants in UTC. */
export interface ComplaintRecord {
  ticketId: string
  staffId: string
  staffName: string
  channel: Channel
  category: Category
  priority: Priority
  receivedAt: string
  firstResponseAt: string | null
  resolvedAt: string | null
  status: 'resolved' | 'unresolved'
  /** 1–5, or null when the customer did not rate. */
  satisfaction: number | null
  /** Optional column of the import (analytics); null when not given. */
  rootCause: RootCause | null
}

/** A member of the roster. */
export interface StaffMember {
  staffId: string
  name: string
  /** Store or team. */
  team: string
  /** YYYY-MM-DD, or null when unknown. */
  hireDate: string | null
  active: boolean
}

export type Grade = 'A' | 'B' | 'C' | 'D'

/** The figures of one staff member, a team or everybody; rates are fractions 0–1, null = N/A. */
export interface KpiFigures {
  tickets: number
  timelinessRate: number | null
  resolutionRate: number | null
  satisfactionAvg: number | null
  csat: number | null
  avgResponseHours: number | null
  avgCycleHours: number | null
  trainingScore: number | null
  composite: number | null
  grade: Grade | null
}

/** One row of a period appraisal table (DESIGN.md, "Appraisal formulas"). */
export interface StaffKpi extends KpiFigures {
  staffId: string
  staffName: string
  team: string
  rank: number | null
}

/** A date range in the configured time zone: `from` and `to` are inclusive calendar days (YYYY-MM-DD). */
export interface PeriodRange {
  from: string
  to: string
}
