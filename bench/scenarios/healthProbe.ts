/**
 * Probes GET /healthz one request at a time during a window, from the bench process (which is
 * otherwise idle), to see how long the server's event loop keeps a plain HTTP request waiting.
 */

const INTERVAL_MS = 250
/** A probe unanswered this long counts as a failure. */
export const HEALTH_TIMEOUT_MS = 10_000

/** What a probe saw. */
export interface HealthSamples {
  /** Milliseconds per answered request. */
  latencies: number[]
  /** Requests that failed or took longer than HEALTH_TIMEOUT_MS. */
  failures: number
}

/** Starts probing `serverUrl`; stop() ends it after the request in flight and returns the samples. */
export function startHealthProbe(serverUrl: string): { stop(): Promise<HealthSamples> } {
  const samples: HealthSamples = { latencies: [], failures: 0 }
  let running = true
  let wake: (() => void) | undefined
  const loop = async () => {
    while (running) {
      const start = performance.now()
      try {
        const response = await fetch(`${serverUrl}/healthz`, {
          signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
        })
        await response.arrayBuffer()
        samples.latencies.push(performance.now() - start)
      } catch {
        samples.failures++
      }
      // The pause between requests ends early when the probe is stopped.
      await new Promise<void>((resolve) => {
        wake = resolve
        setTimeout(resolve, INTERVAL_MS)
      })
    }
  }
  const done = loop()
  return {
    stop: async () => {
      running = false
      wake?.()
      await done
      return samples
    },
  }
}
