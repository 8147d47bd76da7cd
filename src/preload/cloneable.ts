/**
 * Throws when a value cannot cross the IPC boundary as plain data (functions, symbols, DOM nodes,
 * class instances, cycles), naming the path, so the renderer gets a clear error instead of a
 * half-cloned object.
 */
export function assertCloneable(value: unknown, path = 'input', seen = new Set<object>()): void {
  if (value === null || value === undefined) return
  const t = typeof value
  if (t === 'string' || t === 'number' || t === 'boolean') return
  if (t === 'function' || t === 'symbol' || t === 'bigint')
    throw new TypeError(`${path}: a ${t} cannot be sent to the backend`)
  const obj = value as object
  if (seen.has(obj)) throw new TypeError(`${path}: circular reference`)
  if (obj instanceof Date || ArrayBuffer.isView(obj) || obj instanceof ArrayBuffer) return
  seen.add(obj)
  if (Array.isArray(obj)) {
    obj.forEach((v, i) => assertCloneable(v, `${path}[${i}]`, seen))
  } else {
    const proto = Object.getPrototypeOf(obj)
    if (proto !== Object.prototype && proto !== null)
      throw new TypeError(`${path}: only plain objects can be sent to the backend`)
    for (const [k, v] of Object.entries(obj)) assertCloneable(v, `${path}.${k}`, seen)
  }
  seen.delete(obj)
}
