import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatProblem, parseScript } from '@core/roleplay'

const DIR = 'test/fixtures/scripts-broken'
const read = (name: string) => readFileSync(`${DIR}/${name}.yaml`, 'utf8')
const errorsOf = (name: string) => parseScript(`${DIR}/${name}.yaml`, read(name)).errors.map(formatProblem)

const STANDARDS = 'acknowledge, listen, empathize, apologize, no-blame, record, classify, commit-time, resolve, escalate, follow-up, privacy, language'

// One fixture per mistake a trainer can make; each line is exactly what `validate` prints.
const EXPECTED: Record<string, string[]> = {
  'invalid-yaml': [
    `${DIR}/invalid-yaml.yaml:19 not valid YAML: All mapping items must start at the same column`
  ],
  'unknown-node': [
    `${DIR}/unknown-node.yaml:22 nodes.open.turn.options.0.next: "good-ending" is not a node id`,
    `${DIR}/unknown-node.yaml:26 nodes.good-end: node "good-end" cannot be reached from start "open"`
  ],
  'unreachable-node': [`${DIR}/unreachable-node.yaml:29 nodes.orphan: node "orphan" cannot be reached from start "open"`],
  'cycle-without-exit': [
    `${DIR}/cycle-without-exit.yaml:32 nodes.loop-a: cycle without an exit: loop-a → loop-b → loop-a never reaches an ending`
  ],
  'cannot-reach-ending': [
    `${DIR}/cannot-reach-ending.yaml:32 nodes.stuck: node "stuck" cannot reach an ending`,
    `${DIR}/cannot-reach-ending.yaml:37 nodes.spin: cycle without an exit: spin → spin never reaches an ending`
  ],
  'unknown-standard': [
    `${DIR}/unknown-standard.yaml:21 nodes.open.turn.options.0.credits.0: "apology" is not a standard id; use one of ${STANDARDS}`
  ],
  'option-without-effect': [
    `${DIR}/option-without-effect.yaml:20 nodes.open.turn.options.0: has no effect: give it \`credits\`, \`violates\` or a non-zero \`mood\``
  ],
  'too-few-options': [`${DIR}/too-few-options.yaml:19 nodes.open.turn.options: needs 2 to 4 options`],
  'too-many-options': [`${DIR}/too-many-options.yaml:19 nodes.open.turn.options: needs 2 to 4 options`],
  'bad-channel': [`${DIR}/bad-channel.yaml:4 channel: "telephone" is not one of phone, online-chat, email, web-form, app, social-media, in-store`],
  'bad-category': [
    `${DIR}/bad-category.yaml:9 truth.category: "logistics" is not one of product-quality, service-attitude, delivery, pricing, safety, after-sales, promotion, other`
  ],
  'bad-priority': [`${DIR}/bad-priority.yaml:10 truth.priority: "high" is not one of urgent, normal, low`],
  'bad-remedy': [
    `${DIR}/bad-remedy.yaml:12 truth.remedies.1: "voucher" is not one of apology, refund, exchange, repair, coupon, gift, compensation`
  ],
  'id-mismatch': [`${DIR}/id-mismatch.yaml:1 id: "delivery-late" must equal the file name "id-mismatch"`],
  'mood-out-of-range': [`${DIR}/mood-out-of-range.yaml:7 persona.mood: must be between 0 and 100`],
  'turn-and-ending': [`${DIR}/turn-and-ending.yaml:26 nodes.good-end: has both \`turn\` and \`ending\`; a node needs exactly one`],
  'neither-turn-nor-ending': [`${DIR}/neither-turn-nor-ending.yaml:29 nodes.bad-end: needs a \`turn\` or an \`ending\``],
  'unknown-key': [`${DIR}/unknown-key.yaml:21 nodes.open.turn.options.0.credit: unknown key "credit"`],
  'missing-title': [`${DIR}/missing-title.yaml:1 title: is required`],
  'one-ending': [`${DIR}/one-ending.yaml:14 nodes: needs at least two endings (found 1)`],
  'missing-next': [
    `${DIR}/missing-next.yaml:23 nodes.open.turn.options.1: needs \`next\` or \`branches\` (where the conversation goes after this reply)`
  ],
  'unknown-visited': [`${DIR}/unknown-visited.yaml:26 nodes.open.turn.options.1.branches.0.if.visited: "opening" is not a node id`],
  'bad-condition-key': [`${DIR}/bad-condition-key.yaml:26 nodes.open.turn.options.1.branches.0.if.moodAbove: unknown key "moodAbove"`],
  'empty-rubric-entry': [
    `${DIR}/empty-rubric-entry.yaml:37 nodes.ask.turn.rubric.record: needs \`required\`, \`anyOf\` or \`forbidden\``
  ],
  'bad-turn-type': [`${DIR}/bad-turn-type.yaml:18 nodes.open.turn.type: type must be one of choice, text, ticket`]
}

describe('parseScript on broken scripts', () => {
  it('has a fixture for every expectation and an expectation for every fixture', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''))
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reports ${name} with file, line and field`, () => {
      const result = parseScript(`${DIR}/${name}.yaml`, read(name))
      expect(result.script).toBeUndefined()
      expect(errorsOf(name)).toEqual(expected)
    })
  }
})

describe('parseScript on a valid script', () => {
  const file = 'test/unit/roleplay/scripts/safety-expired-milk.yaml'
  const text = readFileSync(file, 'utf8')

  it('returns the script with defaults filled in and no problems', () => {
    const r = parseScript(file, text)
    expect(r.errors).toEqual([])
    expect(r.warnings).toEqual([])
    const open = r.script?.nodes.open.turn
    expect(open?.type === 'choice' && open.options[0].mood).toBe(15)
    const details = r.script?.nodes.details.turn
    expect(details?.type === 'text' && [details.moodOnCredit, details.moodOnViolation]).toEqual([5, -10])
  })

  it('accepts a Windows path and checks the id against the file name only', () => {
    expect(parseScript('C:\\cases\\scenarios\\zh-CN\\safety-expired-milk.yaml', text).errors).toEqual([])
  })

  it('warns when the locale does not match the folder', () => {
    const r = parseScript('cases/scenarios/en/safety-expired-milk.yaml', text)
    expect(r.script).toBeDefined()
    expect(r.warnings.map(formatProblem)).toEqual(['cases/scenarios/en/safety-expired-milk.yaml:3 locale: "zh-CN" but the file is in the en folder'])
  })

  it('warns when the last branch has an `if` (no explicit fallback)', () => {
    const edited = text.replace('        - next: neutral-end\n', '        - if: { moodBelow: 40 }\n          next: neutral-end\n')
    const r = parseScript(file, edited)
    expect(r.errors).toEqual([])
    expect(r.warnings.map((w) => `${w.line} ${w.field}`)).toEqual(['105 nodes.ticket.turn.branches.2'])
  })

  it('rejects a document that is not a map', () => {
    expect(parseScript('x.yaml', '- a\n- b\n').errors.map(formatProblem)).toEqual(['x.yaml:1 a script is a YAML map of keys (id, locale, title, …)'])
  })

  it('rejects duplicate keys with their line', () => {
    const r = parseScript(file, text.replace('channel: in-store\npersona:', 'channel: in-store\nchannel: phone\npersona:'))
    expect(r.errors[0].line).toBe(6)
    expect(r.errors[0].message).toMatch(/^not valid YAML: Map keys must be unique/)
  })
})
