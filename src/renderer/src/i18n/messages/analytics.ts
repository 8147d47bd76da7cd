/** Strings of the analytics module. */
export const zh = {}

export const en: typeof zh = {}
