/**
 * The server's clock as seen from a client: NTP's estimate from a few round trips, so that a
 * client whose own clock is minutes off still shows the same time left as everyone else.
 */

/** One round trip: when the client asked, what the server said, when the answer came (ms). */
export interface ClockSample {
  sentAt: number
  serverNow: number
  receivedAt: number
}

/**
 * The offset to add to the client's clock to read the server's, from the sample with the shortest
 * round trip (its midpoint is the best estimate of when the server read its clock); 0 without one.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): number {
  let best: ClockSample | undefined
  for (const sample of samples) {
    const roundTrip = sample.receivedAt - sample.sentAt
    if (roundTrip < 0) continue
    if (!best || roundTrip < best.receivedAt - best.sentAt) best = sample
  }
  if (!best) return 0
  return best.serverNow - (best.sentAt + best.receivedAt) / 2
}
