import type { z } from 'zod'
import { appChannels } from './channels/app'
import { authChannels } from './channels/auth'
import { adminChannels } from './channels/admin'
import { analyticsChannels } from './channels/analytics'
import { appraisalChannels } from './channels/appraisal'
import { casesChannels } from './channels/cases'
import { roleplayChannels } from './channels/roleplay'
import { incentivesChannels } from './channels/incentives'

/**
 * The one API contract: every channel the renderer may call, with its input and output schemas.
 * The backend validates inputs against it; the renderer's client is typed by it.
 */
export const contract = {
  ...appChannels,
  ...authChannels,
  ...casesChannels,
  ...roleplayChannels,
  ...appraisalChannels,
  ...incentivesChannels,
  ...analyticsChannels,
  ...adminChannels
}

export type Contract = typeof contract
export type ChannelName = keyof Contract
/** What the caller sends (before defaults are applied). */
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>
/** What the handler receives (after parsing). */
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>
export type OutputOf<C extends ChannelName> = z.output<Contract[C]['output']>

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[]

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name)
}
