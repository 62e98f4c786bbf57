/** Small measuring tools: awaiting an edit's arrival, percentiles, and memory after a full collection. */
import type * as Y from 'yjs'
import { getCardText } from '../shared/board/index.ts'

/** Resolves once the card's text in `doc` is at least `length` long (it only grows in the bench). */
export function whenTextLength(doc: Y.Doc, cardId: string, length: number): Promise<void> {
  const text = getCardText(doc, cardId)
  if (!text) return Promise.reject(new Error(`card ${cardId} is missing from a client's doc`))
  if (text.length >= length) return Promise.resolve()
  return new Promise((resolve) => {
    const onChange = () => {
      if (text.length < length) return
      text.unobserve(onChange)
      resolve()
    }
    text.observe(onChange)
  })
}

/** The current length of a card's text. */
export function textLength(doc: Y.Doc, cardId: string): number {
  return getCardText(doc, cardId)?.length ?? 0
}

/** Milliseconds since `start` (from performance.now()). */
export function elapsedMs(start: number): number {
  return performance.now() - start
}

/** The value below which `fraction` of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5)
}

/** Collects garbage (when --expose-gc gave us `gc`) until the heap stops shrinking, then reads memory. */
export async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  const gc = globalThis.gc
  if (gc) {
    for (let round = 0; round < 4; round++) {
      // Let pending callbacks (socket teardown, timers) release what they hold between collections.
      await new Promise((resolve) => setImmediate(resolve))
      gc()
    }
  }
  return process.memoryUsage()
}

/** Types `count` characters at the end of a card, one transaction (so one update) each. */
export function typeInto(doc: Y.Doc, cardId: string, count: number): void {
  const text = getCardText(doc, cardId)
  if (!text) throw new Error(`card ${cardId} is missing from the writer's doc`)
  for (let i = 0; i < count; i++) text.insert(text.length, 'x')
}

/** Rejects when `promise` takes longer than `ms`, so that a stuck scenario fails instead of hanging. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
