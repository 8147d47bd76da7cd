/** Strings of the roleplay module. */
export const zh = {}

export const en: typeof zh = {}
