import type { HandlerTable } from '../types'
import type { roleplayChannels } from '@core/api/channels/roleplay'

/** Handlers of the roleplay module's channels. */
export const roleplayHandlers: HandlerTable<keyof typeof roleplayChannels> = {}
