import type { HandlerTable } from '../types'
import type { analyticsChannels } from '@core/api/channels/analytics'

/** Handlers of the analytics module's channels. */
export const analyticsHandlers: HandlerTable<keyof typeof analyticsChannels> = {}
