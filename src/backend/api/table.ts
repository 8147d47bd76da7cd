import type { HandlerTable } from './types'
import { adminHandlers } from './handlers/admin'
import { analyticsHandlers } from './handlers/analytics'
import { appHandlers } from './handlers/app'
import { appraisalHandlers } from './handlers/appraisal'
import { authHandlers } from './handlers/auth'
import { casesHandlers } from './handlers/cases'
import { incentivesHandlers } from './handlers/incentives'
import { roleplayHandlers } from './handlers/roleplay'

/** channel → handler; a channel of the contract without a handler here does not compile. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...authHandlers,
  ...casesHandlers,
  ...roleplayHandlers,
  ...appraisalHandlers,
  ...incentivesHandlers,
  ...analyticsHandlers,
  ...adminHandlers
}
