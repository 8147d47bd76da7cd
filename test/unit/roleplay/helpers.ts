import { readFileSync } from 'node:fs'
import { parseScript, type Script } from '@core/roleplay'
import { defaultSettings, type Settings } from '@core/settings/settings'
import { parseRubric, type Rubric } from '@core/standards/standards'

export const rubric: Rubric = parseRubric(readFileSync('resources/standards/standards.yaml', 'utf8'))
export const settings: Settings = defaultSettings()

export function loadScript(path: string): Script {
  const r = parseScript(path, readFileSync(path, 'utf8'))
  if (!r.script) throw new Error(r.errors.map((e) => `${e.file}:${e.line} ${e.field}: ${e.message}`).join('\n'))
  return r.script
}

export const milk = loadScript('test/unit/roleplay/scripts/safety-expired-milk.yaml')

export const goodTicket = {
  category: 'safety',
  priority: 'urgent',
  channel: 'in-store',
  contactCaptured: true,
  promisedHours: 2,
  remedy: 'refund',
  escalate: true
} as const

export const GOOD_TEXT = '请您留一下联系电话和购物小票，我马上请店长过来，先给您办理退款，两小时内给您回电确认孩子情况。'
