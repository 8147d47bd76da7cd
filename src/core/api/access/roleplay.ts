import { TRAINERS, type Access } from '../access-types'

/**
 * Who may call each of the roleplay module's channels. Everyone signed in plays; which sessions a caller
 * may read is decided in the service (trainees: their own; trainers, managers, admins: everyone's).
 */
export const roleplayAccess = {
  'roleplay.scenarios.list': 'signed-in',
  'roleplay.scenarios.get': 'signed-in',
  'roleplay.session.start': 'signed-in',
  'roleplay.session.get': 'signed-in',
  'roleplay.session.reply': 'signed-in',
  'roleplay.session.rewind': 'signed-in',
  'roleplay.session.abandon': 'signed-in',
  'roleplay.session.list': 'signed-in',
  'roleplay.session.export': 'signed-in',
  'roleplay.scripts.get': TRAINERS,
  'roleplay.scripts.save': TRAINERS,
  'roleplay.scripts.validate': TRAINERS
} satisfies Record<string, Access>
