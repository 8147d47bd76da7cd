import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { formatProblem, parseScript, rescoreTranscript, sessionExportSchema } from '@core/roleplay'
import { defaultSettings, settingsSchema, type Settings } from '@core/settings/settings'
import { parseRubric, rubricSchema, type Rubric } from '@core/standards/standards'
import { defaultPaths } from '../../paths'

export const usage =
  'score --scenario FILE --transcript FILE [--data DIR] [--standards FILE.yaml]   re-score a recorded session with the current standards'

/** Reads `<data>/<name>.json`'s envelope without opening (and locking) the folder: the app may be running. */
async function readEnvelope(dir: string, name: string): Promise<unknown> {
  try {
    const raw = JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8')) as { data?: unknown }
    return raw.data
  } catch {
    return undefined
  }
}

/**
 * The standards and settings in force: a trainer's edit saved in the data folder when `--data` is
 * given, else the shipped rubric and default settings; `--standards` names a rubric file explicitly.
 */
async function inForce(data: string | undefined, standardsFile: string | undefined): Promise<{ rubric: Rubric; settings: Settings }> {
  let settings = defaultSettings()
  let rubric: Rubric | undefined
  if (data) {
    const s = settingsSchema.safeParse(await readEnvelope(data, 'settings'))
    if (s.success) settings = s.data
    const st = (await readEnvelope(data, 'standards')) as { rubric?: unknown } | undefined
    const r = rubricSchema.safeParse(st?.rubric)
    if (r.success) rubric = r.data
  }
  if (standardsFile) rubric = parseRubric(await readFile(standardsFile, 'utf8'), standardsFile)
  if (!rubric) {
    const file = join(defaultPaths().resourcesDir, 'standards', 'standards.yaml')
    rubric = parseRubric(await readFile(file, 'utf8'), file)
  }
  return { rubric, settings }
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { scenario: { type: 'string' }, transcript: { type: 'string' }, data: { type: 'string' }, standards: { type: 'string' } }
  })
  if (!values.scenario || !values.transcript) {
    console.error(`usage: complaint-coach ${usage}`)
    return 2
  }
  const scriptName = relative(process.cwd(), values.scenario).split('\\').join('/') || values.scenario
  const parsed = parseScript(scriptName, await readFile(values.scenario, 'utf8'))
  if (!parsed.script) {
    for (const p of parsed.errors) console.error(`error   ${formatProblem(p)}`)
    return 1
  }
  let json: unknown
  try {
    json = JSON.parse(await readFile(values.transcript, 'utf8'))
  } catch (e) {
    console.error(`${values.transcript}: not JSON (${e instanceof Error ? e.message : String(e)})`)
    return 1
  }
  const file = sessionExportSchema.safeParse(json)
  if (!file.success) {
    for (const i of file.error.issues.slice(0, 5)) console.error(`${values.transcript}: ${i.path.join('.') || '(top)'}: ${i.message}`)
    return 1
  }
  const script = parsed.script
  if (file.data.session.scriptId !== script.id || file.data.session.locale !== script.locale) {
    console.error(`${values.transcript}: the session was played on "${file.data.session.locale}/${file.data.session.scriptId}", not on "${script.locale}/${script.id}"`)
    return 1
  }
  const { rubric, settings } = await inForce(values.data, values.standards)
  const r = rescoreTranscript(script, file.data.transcript, rubric, settings)
  const recorded = file.data.recorded
  console.log(
    JSON.stringify(
      {
        sessionId: file.data.session.id,
        scenario: script.id,
        locale: script.locale,
        complete: r.complete,
        ...(r.problem ? { problem: r.problem } : {}),
        ending: r.state.ending ?? null,
        overall: r.result.overall,
        overallBeforeAutoFail: r.result.overallBeforeAutoFail,
        passed: r.result.passed,
        passMark: r.result.passMark,
        autoFail: r.result.autoFail,
        standards: r.result.standards.map((s) => ({ id: s.id, score: s.score, earned: s.earned, possible: s.possible, weight: s.weight })),
        recorded: recorded ? { overall: recorded.overall, passed: recorded.passed } : null,
        changed: recorded ? recorded.overall !== r.result.overall || recorded.passed !== r.result.passed : null
      },
      null,
      2
    )
  )
  // A transcript that no longer fits the script is reported, with the part that could be replayed.
  return r.complete ? 0 : 1
}
