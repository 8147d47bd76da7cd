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
