/** Quotes a CSV cell when needed, and defuses spreadsheet formulas (=, +, -, @ at the start). */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  let s = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** RFC 4180 CSV with a header row; a UTF-8 BOM is added so Excel opens Chinese text correctly. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[], bom = true): string {
  const lines = [header.map(csvCell).join(','), ...rows.map((r) => r.map(csvCell).join(','))]
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n'
}
