import type { HandlerTable } from '../types'
import type { casesChannels } from '@core/api/channels/cases'

/** Handlers of the cases module's channels. */
export const casesHandlers: HandlerTable<keyof typeof casesChannels> = {}
