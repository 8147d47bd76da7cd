import { base64ToBytes } from './useFileBytes'

/** Saves text or bytes as a file through the browser's (or Electron's) download. */
export function downloadFile(fileName: string, content: string | Uint8Array, type = 'text/plain;charset=utf-8'): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content)
  const url = URL.createObjectURL(new Blob([part], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Saves a table export as the backend returns it: CSV as `text`, a workbook as `base64`. */
export function saveExport(r: { fileName: string; text?: string; base64?: string }): void {
  if (r.text !== undefined) downloadFile(r.fileName, r.text, 'text/csv;charset=utf-8')
  else if (r.base64 !== undefined) downloadFile(r.fileName, base64ToBytes(r.base64), XLSX)
}
