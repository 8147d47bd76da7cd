import { TRAINERS, type Access } from '../access-types'

/** Who may call each of the cases module's channels. Reading is row-filtered in the service (trainees: published only). */
export const casesAccess = {
  'cases.search': 'signed-in',
  'cases.get': 'signed-in',
  'cases.create': TRAINERS,
  'cases.update': TRAINERS,
  'cases.duplicate': TRAINERS,
  'cases.submit': TRAINERS,
  'cases.approve': TRAINERS,
  'cases.return': TRAINERS,
  'cases.archive': TRAINERS,
  'cases.unarchive': TRAINERS,
  'cases.reviewQueue': TRAINERS,
  'cases.mine': TRAINERS,
  'cases.history': TRAINERS,
  'cases.version': TRAINERS,
  'cases.restoreVersion': TRAINERS,
  'cases.validate': TRAINERS,
  'cases.import': TRAINERS,
  'cases.export': TRAINERS
} satisfies Record<string, Access>
