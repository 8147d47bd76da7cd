/** The cases module's channels (input and output schemas). */
export const casesChannels = {}
