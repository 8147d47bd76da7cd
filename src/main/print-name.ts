/** Windows refuses these before any extension ("CON.pdf", "nul.a.pdf" are still devices). */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i
// Path separators, characters Windows forbids, and control characters (C0, DEL, C1).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]+/g
/** Leaves room for ".pdf" and any suffix the OS adds, well under every file system's 255. */
const MAX_BASE = 120

/**
 * Turns the renderer's suggestion into one safe base name ending in .pdf: never a path, never
 * hidden, never a reserved device name. The renderer is trusted, but this name reaches the file
 * system (as the dialog's default), so it is cleaned here, where the file is written.
 */
export function safePdfName(suggested: string): string {
  let base = suggested
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, ' ')
    .replace(/\.pdf$/i, '')
    .replace(/^[\s.-]+|[\s.-]+$/g, '')
  base = [...base].slice(0, MAX_BASE).join('').replace(/[\s.]+$/, '')
  if (!base) base = 'report'
  if (RESERVED.test(base.split('.')[0].trim())) base = `_${base}`
  return `${base}.pdf`
}
