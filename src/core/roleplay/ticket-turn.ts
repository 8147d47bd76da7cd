import type { Mark } from '../scoring/scorecard'
import type { Settings } from '../settings/settings'
import type { Script } from './script-schema'
import type { TicketForm } from './session-types'

/** Checks a ticket form field by field against the script's truth and the SLA (docs/scenario-format.md). */
export function scoreTicket(form: TicketForm, script: Script, settings: Settings): Mark[] {
  const truth = script.truth
  const marks: Mark[] = []
  const check = (standard: Mark['standard'], ok: boolean, note: string): void => {
    marks.push({ standard, kind: ok ? 'credit' : 'violation', note })
  }
  check('classify', form.category === truth.category, `category ${form.category}${form.category === truth.category ? '' : `, should be ${truth.category}`}`)
  const priorityOk = form.priority === truth.priority
  marks.push({
    standard: 'classify',
    kind: priorityOk ? 'credit' : 'violation',
    note: `priority ${form.priority}${priorityOk ? '' : `, should be ${truth.priority}`}`,
    // A food or personal safety complaint that is not urgent is the auto-fail DESIGN.md names.
    ...(truth.category === 'safety' && form.priority !== 'urgent' ? { critical: true } : {})
  })
  check('record', form.channel === truth.channel, `channel ${form.channel}${form.channel === truth.channel ? '' : `, should be ${truth.channel}`}`)
  check('record', form.contactCaptured, form.contactCaptured ? 'contact captured' : 'contact not captured')
  const sla = settings.sla[truth.priority].responseHours
  const hoursOk = Number.isFinite(form.promisedHours) && form.promisedHours > 0 && form.promisedHours <= sla
  check('commit-time', hoursOk, `promised ${form.promisedHours} h, SLA ${sla} h`)
  check('resolve', truth.remedies.includes(form.remedy), `remedy ${form.remedy}${truth.remedies.includes(form.remedy) ? '' : `, acceptable: ${truth.remedies.join(', ')}`}`)
  if (truth.escalate) check('escalate', form.escalate, form.escalate ? 'escalated' : 'not escalated, the case requires it')
  return marks
}
