import { MANAGERS, STAFF_LEADS, TRAINERS, type Access } from '../access-types'

/** Who may call each of the analytics module's channels: trainers and managers read; managers save reports; trainers draft cases. */
export const analyticsAccess = {
  'analytics.teams': STAFF_LEADS,
  'analytics.overview': STAFF_LEADS,
  'analytics.report.generate': STAFF_LEADS,
  'analytics.report.save': MANAGERS,
  'analytics.report.list': STAFF_LEADS,
  'analytics.report.get': STAFF_LEADS,
  'analytics.report.update': MANAGERS,
  'analytics.draftCase.fromTickets': TRAINERS
} satisfies Record<string, Access>
