import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { LOCALES, type Locale } from '@core/domain/enums'
import { formatProblem, parseScript, type ParsedScript, type Script } from '@core/roleplay'
import type { Collection, DataDir, StoreSpec } from '../../storage'
import type { Log } from '../log'

/** Every saved version of one trainer-edited script; the last one is in force. */
const versionSchema = z.object({ hash: z.string(), text: z.string(), at: z.string(), byId: z.string(), byName: z.string() })
const scriptFileSchema = z.object({ versions: z.array(versionSchema) })
type ScriptFile = z.infer<typeof scriptFileSchema>
const SPEC: StoreSpec<ScriptFile> = { schema: scriptFileSchema, version: 1, migrations: {}, defaults: () => ({ versions: [] }) }

export interface ScriptEntry {
  script: Script
  text: string
  hash: string
  source: 'shipped' | 'user'
  versions: number
}

export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 24)
const keyOf = (id: string, locale: string) => `${locale}/${id}`
/** One shard per script (`roleplay-scripts/zh-cn--<id>.json`): a save rewrites only that script's history. */
const shardKey = (id: string, locale: string) => `${locale.toLowerCase()}--${id}`
/** The file name a script is validated under, so `id` must equal it (docs/scenario-format.md). */
export const scriptFileName = (id: string, locale: string) => `scenarios/${locale}/${id}.yaml`

/**
 * The playable scripts: the shipped ones (`<casesDir>/scenarios/<locale>/*.yaml`, read-only) overlaid by
 * trainers' edits kept in the data folder. Old versions stay reachable by hash so a session started on
 * an earlier version of a script still replays and debriefs on the text it was played on.
 */
export class ScriptLibrary {
  private readonly current = new Map<string, ScriptEntry>()
  private readonly shipped = new Map<string, ScriptEntry>()
  private readonly byHash = new Map<string, Script>()

  private constructor(private readonly files: Collection<ScriptFile>) {}

  static async open(data: DataDir, casesDir: string, log: Log): Promise<ScriptLibrary> {
    const lib = new ScriptLibrary(data.collection<ScriptFile>('roleplay-scripts', SPEC))
    for (const locale of LOCALES) {
      const dir = join(casesDir, 'scenarios', locale)
      let names: string[]
      try {
        names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort()
      } catch {
        continue // no scenarios shipped in this locale
      }
      for (const name of names) {
        const text = await readFile(join(dir, name), 'utf8')
        const parsed = parseScript(`cases/scenarios/${locale}/${name}`, text)
        if (!parsed.script) {
          log.warn(`scenario skipped: ${parsed.errors.map(formatProblem).join('; ')}`)
          continue
        }
        const entry: ScriptEntry = { script: parsed.script, text, hash: hashText(text), source: 'shipped', versions: 0 }
        lib.shipped.set(keyOf(parsed.script.id, parsed.script.locale), entry)
        lib.current.set(keyOf(parsed.script.id, parsed.script.locale), entry)
        lib.byHash.set(entry.hash, parsed.script)
      }
    }
    for (const key of await lib.files.keys()) {
      const versions = (await lib.files.shard(key)).data.versions
      versions.forEach((v, i) => {
        const [locale, ...rest] = key.split('--')
        const parsed = parseScript(scriptFileName(rest.join('--'), locale === 'en' ? 'en' : 'zh-CN'), v.text)
        if (!parsed.script) return
        lib.byHash.set(v.hash, parsed.script)
        if (i === versions.length - 1) {
          lib.current.set(keyOf(parsed.script.id, parsed.script.locale), { script: parsed.script, text: v.text, hash: v.hash, source: 'user', versions: versions.length })
        }
      })
    }
    return lib
  }

  get(id: string, locale: Locale): ScriptEntry | undefined {
    return this.current.get(keyOf(id, locale))
  }

  list(locale?: Locale): ScriptEntry[] {
    return [...this.current.values()].filter((e) => !locale || e.script.locale === locale).sort((a, b) => a.script.id.localeCompare(b.script.id))
  }

  /** The script a session was started on, if that version is still known. */
  version(hash: string): Script | undefined {
    return this.byHash.get(hash)
  }

  validate(id: string, locale: Locale, text: string): ParsedScript {
    return parseScript(scriptFileName(id, locale), text)
  }

  /** Saves a trainer's script (already validated) as the version in force. */
  async save(script: Script, text: string, by: { id: string; displayName: string }): Promise<ScriptEntry> {
    const hash = hashText(text)
    const shard = await this.files.shard(shardKey(script.id, script.locale))
    await shard.update((d) => {
      d.versions.push({ hash, text, at: new Date().toISOString(), byId: by.id, byName: by.displayName })
    })
    const entry: ScriptEntry = { script, text, hash, source: 'user', versions: shard.data.versions.length }
    this.current.set(keyOf(script.id, script.locale), entry)
    this.byHash.set(hash, script)
    return entry
  }
}
