import type { BaseServices } from '../base'

/** The analytics module's backend service. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AnalyticsService {}

export async function openAnalytics(_base: BaseServices): Promise<AnalyticsService> {
  return {}
}
