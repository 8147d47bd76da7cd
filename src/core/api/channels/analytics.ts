/** The analytics module's channels (input and output schemas). */
export const analyticsChannels = {}
