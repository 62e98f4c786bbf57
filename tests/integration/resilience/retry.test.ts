/** A provider refused at the handshake tries again by itself, says when, and can be told to try now. */
import { describe, expect, it, vi } from 'vitest'
import { ErrorCode } from '../../../shared/errors.ts'
import { ProviderStatus, type StatusEvent } from '../../../shared/sync/BoardProvider.ts'
import { connectClient, createClient } from '../../helpers/clients.ts'
import { createTestBoard, restartTestServer, startTestServer } from '../../helpers/testServer.ts'
import { startServerWithLimits } from '../access/accessHarness.ts'

/** Every status event of a provider, each with the time it was seen. */
function recordStatuses(client: ReturnType<typeof createClient>) {
  const seen: (StatusEvent & { at: number })[] = []
  client.provider.on('status', (event) => seen.push({ ...event, at: Date.now() }))
  return seen
}

const isRateLimited = (event: StatusEvent) => event.error?.code === ErrorCode.RateLimited

describe('retrying a refused connection', () => {
  it('[SY27] a connection refused with RATE_LIMITED retries with backoff, says when, and ends synced unaided', async () => {
    // One connection at once, and one more every half second.
    const server = await startServerWithLimits({ connections: { burst: 1, perSecond: 2 } })
    const { id: boardId, tokens } = await createTestBoard(server)
    await connectClient(server.url, boardId, { token: tokens.edit })

    const late = createClient(server.url, boardId, {
      token: tokens.edit,
      connect: false,
      retry: { initialMs: 100, maxMs: 400 },
    })
    const statuses = recordStatuses(late)
    late.provider.connect()
    await vi.waitFor(() => expect(late.provider.status).toBe(ProviderStatus.Synced), { timeout: 10_000 })

    const refusals = statuses.filter(isRateLimited)
    expect(refusals.length).toBeGreaterThanOrEqual(1)
    for (const refusal of refusals) {
      expect(refusal.status).toBe(ProviderStatus.Connecting)
      expect(refusal.retryAt).toBeGreaterThan(refusal.at)
    }
    // The waits grow with each refusal in a row: 50–100 ms first, then 100–200 ms, and so on.
    const waits = refusals.map((refusal) => refusal.retryAt! - refusal.at)
    expect(waits[0]).toBeLessThanOrEqual(100)
    if (waits.length > 2) expect(waits.at(-1)!).toBeGreaterThanOrEqual(100)
    expect(statuses.at(-1)?.status).toBe(ProviderStatus.Synced)
  })

  it('[SY27] a connection lost to a server restart is retried with BOARD_UNAVAILABLE until the server is back', async () => {
    const server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const client = await connectClient(server.url, boardId, {
      token: tokens.edit,
      retry: { initialMs: 100, maxMs: 400 },
    })
    const statuses = recordStatuses(client)

    await restartTestServer(server)
    const waiting = () => statuses.filter((event) => event.retryAt !== undefined)
    await vi.waitFor(() => expect(waiting().length).toBeGreaterThanOrEqual(1), { timeout: 5_000 })
    await vi.waitFor(() => expect(statuses.at(-1)?.status).toBe(ProviderStatus.Synced), { timeout: 10_000 })
    for (const event of waiting()) {
      expect(event.status).toBe(ProviderStatus.Connecting)
      expect(event.error?.code).toBe(ErrorCode.BoardUnavailable)
      expect(event.retryAt).toBeGreaterThan(event.at)
    }
  })

  it('[SY27] retryNow() skips the wait before the next attempt', async () => {
    const server = await startServerWithLimits({ connections: { burst: 1, perSecond: 5 } })
    const { id: boardId, tokens } = await createTestBoard(server)
    await connectClient(server.url, boardId, { token: tokens.edit })

    // A first wait of 30–60 s: longer than this test may take.
    const late = createClient(server.url, boardId, {
      token: tokens.edit,
      retry: { initialMs: 60_000, maxMs: 60_000 },
    })
    const statuses = recordStatuses(late)
    await vi.waitFor(() => expect(statuses.some(isRateLimited)).toBe(true), { timeout: 5_000 })
    const firstRetryAt = statuses.find(isRateLimited)!.retryAt!
    expect(firstRetryAt - Date.now()).toBeGreaterThan(20_000)

    // Each retryNow() is one attempt at once; the bucket refills within 200 ms, so one soon succeeds.
    let attempts = 0
    while (late.provider.status !== ProviderStatus.Synced) {
      attempts++
      const before = outcomes(statuses)
      late.provider.retryNow()
      await vi.waitFor(() => expect(outcomes(statuses)).toBeGreaterThan(before), { timeout: 5_000 })
    }
    expect(attempts).toBeGreaterThanOrEqual(1)
    expect(Date.now()).toBeLessThan(firstRetryAt)
  })
})

/** How many attempts have ended so far: refused (and a retry scheduled), or synced. */
function outcomes(statuses: StatusEvent[]): number {
  return statuses.filter((event) => event.status === ProviderStatus.Synced || event.retryAt !== undefined)
    .length
}
