import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode } from 'yaml'

export type PathKey = string | number

/**
 * Finds the line (1-based) of the key that `path` names in a parsed YAML document: the key of the last
 * map entry on the path, or the item of a list. When the path goes further than the document (a
 * required key is missing) the line of the deepest existing key is returned, which is where the
 * author has to add it.
 */
export function lineOf(doc: Document, lines: LineCounter, path: readonly PathKey[]): number {
  let node: unknown = doc.contents
  let offset = rangeStart(node) ?? 0
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && scalarValue(p.key) === String(key))
      if (!pair) break
      offset = rangeStart(pair.key) ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key]
      if (item === undefined) break
      offset = rangeStart(item) ?? offset
      node = item
    } else break
  }
  return lines.linePos(offset).line
}

function scalarValue(n: unknown): string | undefined {
  return isScalar(n) ? String(n.value) : undefined
}

function rangeStart(n: unknown): number | undefined {
  const range = (n as YamlNode | null | undefined)?.range
  return range ? range[0] : undefined
}
