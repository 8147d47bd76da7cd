/** Strings of the cases module. */
export const zh = {}

export const en: typeof zh = {}
