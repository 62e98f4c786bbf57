/** Summaries of samples: percentiles (nearest rank) and the figures every table row shows. */

/** The value below which `fraction` of the samples fall (nearest rank); NaN without samples. */
export function percentile(sorted: ArrayLike<number>, fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

/** Latencies (or any times) in milliseconds, summarised. */
export interface Distribution {
  count: number
  p50: number
  p99: number
  max: number
}

/** Summarises samples in any order. */
export function distributionOf(samples: ArrayLike<number>): Distribution {
  const sorted = Float64Array.from(samples).sort()
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.length > 0 ? (sorted[sorted.length - 1] ?? Number.NaN) : Number.NaN,
  }
}

/** Samples from several trials as one. */
export function pool(parts: readonly ArrayLike<number>[]): Float64Array {
  const pooled = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    pooled.set(part, offset)
    offset += part.length
  }
  return pooled
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
