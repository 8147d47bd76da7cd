import type { HandlerTable } from '../types'
import type { appraisalChannels } from '@core/api/channels/appraisal'

/** Handlers of the appraisal module's channels. */
export const appraisalHandlers: HandlerTable<keyof typeof appraisalChannels> = {}
