import type http from 'node:http'
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../../server/config.ts'
import { KeyedRateLimiter } from '../../../server/limits/KeyedRateLimiter.ts'
import { remoteAddressOf } from '../../../server/limits/remoteAddress.ts'
import { estimatePayloadBytes } from '../../../server/limits/socketGuard.ts'
import { TokenBucket } from '../../../server/limits/TokenBucket.ts'

describe('TokenBucket', () => {
  it('allows a burst, then refills at its rate and never past its capacity', () => {
    const bucket = new TokenBucket(3, 2, 0)
    expect([bucket.take(1, 0), bucket.take(1, 0), bucket.take(1, 0), bucket.take(1, 0)]).toEqual([
      true,
      true,
      true,
      false,
    ])
    expect(bucket.take(1, 499)).toBe(false)
    expect(bucket.take(1, 500)).toBe(true)
    expect(bucket.isFull(60_000)).toBe(true)
    expect(bucket.take(4, 60_000)).toBe(false)
  })

  it('does not drain when the clock steps back', () => {
    const bucket = new TokenBucket(1, 1, 1_000)
    expect(bucket.take(1, 1_000)).toBe(true)
    expect(bucket.take(1, 0)).toBe(false)
    expect(bucket.take(1, 2_000)).toBe(true)
  })
})

describe('KeyedRateLimiter', () => {
  it('limits each key on its own and forgets keys whose bucket refilled', () => {
    const limiter = new KeyedRateLimiter({ burst: 1, perSecond: 1 }, 0)
    expect(limiter.take('a', 0)).toBe(true)
    expect(limiter.take('a', 0)).toBe(false)
    expect(limiter.take('b', 0)).toBe(true)
    limiter.take('c', 120_000)
    expect(limiter.size).toBe(1)
  })
})

describe('remoteAddressOf', () => {
  const request = (forwarded?: string) =>
    ({
      socket: { remoteAddress: '10.0.0.1' },
      headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
    }) as unknown as http.IncomingMessage
  it.each([
    { hops: 0, forwarded: '1.1.1.1', expected: '10.0.0.1' },
    { hops: 1, forwarded: undefined, expected: '10.0.0.1' },
    { hops: 1, forwarded: '1.1.1.1', expected: '1.1.1.1' },
    { hops: 1, forwarded: '6.6.6.6, 1.1.1.1', expected: '1.1.1.1' },
    { hops: 2, forwarded: '6.6.6.6, 1.1.1.1', expected: '6.6.6.6' },
    { hops: 5, forwarded: '6.6.6.6', expected: '6.6.6.6' },
  ])('trusts $hops hops of "$forwarded" → $expected', ({ hops, forwarded, expected }) => {
    expect(remoteAddressOf(request(forwarded), hops)).toBe(expected)
  })
})

describe('limits configuration', () => {
  it('has the defaults documented in the README', () => {
    const { limits } = readConfig({})
    expect(limits).toMatchObject({
      maxUpdateBytes: 2 * 1024 * 1024,
      maxMessageBytes: 2 * 1024 * 1024 + 64 * 1024,
      maxDocumentBytes: 20 * 1024 * 1024,
      maxCardsPerBoard: 5_000,
      maxSourcesPerBoard: 50,
      socketMessages: { burst: 500, perSecond: 150 },
      socketBytes: { burst: 8 * 1024 * 1024, perSecond: 2 * 1024 * 1024 },
      socketFloodDisconnectAfter: 1_000,
      connections: { burst: 400, perSecond: 20 },
      boardsPerIpPerHour: 20,
      jsonBodyLimitBytes: 16 * 1024,
      trustProxyHops: 0,
      corsOrigins: [],
    })
  })

  it('reads every limit from its environment variable and refuses nonsense', () => {
    const { limits } = readConfig({
      BOARDS_PER_IP_PER_HOUR: '3',
      CORS_ORIGINS: 'https://a.example, https://b.example',
    })
    expect(limits.boardsPerIpPerHour).toBe(3)
    expect(limits.corsOrigins).toEqual(['https://a.example', 'https://b.example'])
    expect(() => readConfig({ MAX_CARDS_PER_BOARD: '0' })).toThrow(/MAX_CARDS_PER_BOARD/)
  })

  it('estimates payload sizes exactly for binary and strings', () => {
    expect(estimatePayloadBytes([new Uint8Array(10), 'abc', null])).toBe(10 + 3 + 4)
  })
})
