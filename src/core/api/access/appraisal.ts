import { MANAGERS, type Access } from '../access-types'

/**
 * Who may call each of the appraisal module's channels. Managers run appraisals, rosters and imports;
 * `appraisal.staff` and `appraisal.staff.export` are open to everyone signed in and row-filtered in their handlers (own staff id only).
 */
export const appraisalAccess = {
  'appraisal.overview': 'signed-in',
  'appraisal.period': MANAGERS,
  'appraisal.staff': 'signed-in',
  'appraisal.export': MANAGERS,
  'appraisal.staff.export': 'signed-in',
  'appraisal.roster.list': MANAGERS,
  'appraisal.roster.save': MANAGERS,
  'appraisal.roster.import': MANAGERS,
  'appraisal.record.get': MANAGERS,
  'appraisal.record.save': MANAGERS,
  'appraisal.import.start': MANAGERS,
  'appraisal.import.progress': MANAGERS,
  'appraisal.import.commit': MANAGERS,
  'appraisal.import.cancel': MANAGERS
} satisfies Record<string, Access>
