import { MANAGERS, STAFF_LEADS, type Access } from '../access-types'

/**
 * Who may call each incentives channel. Managers run special appraisals and incentives; trainers (and
 * managers) assign training and see the suggestions. Reading one's own appraisals, disputing them and
 * one's own assignments are row-checked in the service (by the account's staff id / user id).
 */
export const incentivesAccess = {
  'special.list': 'signed-in',
  'special.get': 'signed-in',
  'special.create': MANAGERS,
  'special.update': MANAGERS,
  'special.dispute': 'signed-in',
  'special.resolveDispute': MANAGERS,
  'incentives.period': STAFF_LEADS,
  'incentives.people': STAFF_LEADS,
  'training.assign': STAFF_LEADS,
  'training.list': STAFF_LEADS,
  'training.mine': 'signed-in',
  'training.complete': 'signed-in',
  'training.cancel': STAFF_LEADS
} satisfies Record<string, Access>
