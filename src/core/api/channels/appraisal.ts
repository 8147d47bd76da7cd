/** The appraisal module's channels (input and output schemas). */
export const appraisalChannels = {}
