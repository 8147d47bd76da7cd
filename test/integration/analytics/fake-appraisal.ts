import type { ComplaintRecord, StaffKpi, StaffMember } from '../../../src/core/appraisal/types'
import { localDay } from '../../../src/core/analytics'
import type { AppraisalService } from '../../../src/backend/services/appraisal'
import { openAnalytics } from '../../../src/backend/services/analytics'
import type { TestBackend } from '../../helpers/backend'

/** An AppraisalService over fixed records, with appraisal's meaning of range (Shanghai calendar days) and team. */
export function fakeAppraisal(records: ComplaintRecord[], roster: StaffMember[], table: StaffKpi[] = []): AppraisalService {
  const teamOf = (staffId: string) => roster.find((s) => s.staffId === staffId)?.team
  return {
    roster: async () => roster,
    periodTable: async (q) => table.filter((k) => !q.team || k.team === q.team),
    records: async (q) =>
      records.filter((r) => {
        const day = localDay(r.receivedAt, 'Asia/Shanghai')
        return day >= q.from && day <= q.to && (!q.team || teamOf(r.staffId) === q.team) && (!q.staffId || r.staffId === q.staffId)
      }),
    tickets: async (ids) => records.filter((r) => ids.includes(r.ticketId))
  }
}

/** Rebuilds the running backend's analytics service over the fake records (the appraisal branch provides the real ones). */
export async function useRecords(tb: TestBackend, appraisal: AppraisalService): Promise<void> {
  const services = tb.backend.services
  services.analytics = await openAnalytics(services, { appraisal, cases: services.cases })
}
