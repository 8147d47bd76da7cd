/**
 * The k best slots by score (ties: earlier title first), without sorting every candidate: a
 * bounded min-heap keeps this O(n log k) for the 10,000-case worst case.
 */
export function topK(candidates: readonly number[], k: number, scores: Float64Array, titleRank: Uint32Array): number[] {
  if (k <= 0) return []
  const worse = (a: number, b: number): boolean =>
    scores[a] < scores[b] || (scores[a] === scores[b] && titleRank[a] > titleRank[b])
  const heap: number[] = []
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heap.length && worse(heap[l], heap[m])) m = l
      if (r < heap.length && worse(heap[r], heap[m])) m = r
      if (m === i) return
      ;[heap[i], heap[m]] = [heap[m], heap[i]]
      i = m
    }
  }
  for (const s of candidates) {
    if (heap.length < k) {
      heap.push(s)
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1
        if (!worse(heap[i], heap[p])) break
        ;[heap[i], heap[p]] = [heap[p], heap[i]]
        i = p
      }
    } else if (worse(heap[0], s)) {
      heap[0] = s
      siftDown(0)
    }
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0))
}
