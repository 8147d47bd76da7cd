/** The roleplay module's channels (input and output schemas). */
export const roleplayChannels = {}
