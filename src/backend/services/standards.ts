import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { parseRubric, rubricSchema, type Rubric } from '@core/standards/standards'
import type { DataDir, Store } from '../storage'

const storedSchema = z.object({ rubric: rubricSchema.nullable() })
type Stored = z.infer<typeof storedSchema>

/**
 * The service standards every module scores against: the shipped rubric
 * (resources/standards/standards.yaml) unless a trainer has saved an edited one in the data folder.
 */
export class StandardsService {
  private constructor(
    private readonly shipped: Rubric,
    private readonly store: Store<Stored>
  ) {}

  static async open(dir: DataDir, resourcesDir: string): Promise<StandardsService> {
    const file = join(resourcesDir, 'standards', 'standards.yaml')
    const shipped = parseRubric(await readFile(file, 'utf8'), file)
    const store = await dir.store<Stored>('standards', {
      schema: storedSchema as unknown as z.ZodType<Stored>,
      version: 1,
      migrations: {},
      defaults: () => ({ rubric: null })
    })
    return new StandardsService(shipped, store)
  }

  /** The rubric in force: the trainers' edit, else the shipped one. */
  rubric(): Rubric {
    return this.store.data.rubric ?? this.shipped
  }

  /** The shipped rubric, for "restore defaults". */
  shippedRubric(): Rubric {
    return this.shipped
  }

  /** Saves an edited rubric (ids must stay the shipped ones); null goes back to the shipped rubric. */
  async save(rubric: Rubric | null): Promise<Rubric> {
    await this.store.update((d) => {
      d.rubric = rubric
    })
    return this.rubric()
  }
}
