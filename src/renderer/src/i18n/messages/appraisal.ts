/** Strings of the appraisal module. */
export const zh = {}

export const en: typeof zh = {}
