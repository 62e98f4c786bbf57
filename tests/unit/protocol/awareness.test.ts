/** Awareness ownership: which client ids an update speaks for, and which socket may speak for them. */
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { describe, expect, it } from 'vitest'
import {
  AWARENESS_LIMITS,
  AwarenessOwnership,
  ClaimResult,
  readAwarenessClientIds,
} from '../../../server/rooms/awarenessOwnership.ts'
import { ErrorCode } from '../../../shared/errors.ts'

function makeAwareness(clientId: number, state: Record<string, unknown> | null) {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const awareness = new Awareness(doc)
  awareness.setLocalState(state)
  return awareness
}

function bytes(write: (encoder: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

describe('readAwarenessClientIds', () => {
  it('reads the client id of a real awareness update', () => {
    const awareness = makeAwareness(1234, { user: { name: '甲', color: '#f00' }, cursor: null })
    expect(readAwarenessClientIds(encodeAwarenessUpdate(awareness, [1234]))).toEqual([1234])
  })

  it('reads every client id of an update that speaks for several clients', () => {
    const hub = makeAwareness(1, { user: { name: 'hub' } })
    const other = makeAwareness(2 ** 31 + 5, { user: { name: '乙' } })
    applyAwarenessUpdate(hub, encodeAwarenessUpdate(other, [other.clientID]), 'test')
    expect(readAwarenessClientIds(encodeAwarenessUpdate(hub, [1, 2 ** 31 + 5]))).toEqual([1, 2 ** 31 + 5])
  })

  it('reads the client id of an update that removes a state', () => {
    const awareness = makeAwareness(77, { user: { name: '丙' } })
    awareness.setLocalState(null)
    expect(readAwarenessClientIds(encodeAwarenessUpdate(awareness, [77]))).toEqual([77])
  })

  it('reads no client id from an update for no clients', () => {
    expect(readAwarenessClientIds(Uint8Array.of(0))).toEqual([])
  })

  const valid = encodeAwarenessUpdate(makeAwareness(9, { user: { name: 'x' } }), [9])
  const garbage: { name: string; update: Uint8Array }[] = [
    { name: 'empty bytes', update: new Uint8Array() },
    { name: 'a count with no entries', update: Uint8Array.of(1) },
    { name: 'an entry cut short', update: valid.subarray(0, valid.length - 2) },
    { name: 'trailing bytes', update: Uint8Array.of(...valid, 0) },
    {
      name: 'a state that is not JSON',
      update: bytes((e) => {
        encoding.writeVarUint(e, 1)
        encoding.writeVarUint(e, 9)
        encoding.writeVarUint(e, 1)
        encoding.writeVarString(e, '{not json')
      }),
    },
    {
      name: 'a count of 2^31 with one entry',
      update: bytes((e) => {
        encoding.writeVarUint(e, 2 ** 31)
        encoding.writeVarUint(e, 9)
        encoding.writeVarUint(e, 1)
        encoding.writeVarString(e, 'null')
      }),
    },
    { name: 'random bytes', update: Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff) },
  ]

  for (const { name, update } of garbage)
    it(`throws on ${name}`, () => {
      expect(() => readAwarenessClientIds(update)).toThrow()
    })

  /** An update for `clientIds`, each with a state whose JSON is exactly `stateBytes` bytes long. */
  function updateWith(clientIds: number[], stateBytes: number) {
    const state = JSON.stringify({ pad: 'x'.repeat(stateBytes - '{"pad":""}'.length) })
    expect(state).toHaveLength(stateBytes)
    return bytes((e) => {
      encoding.writeVarUint(e, clientIds.length)
      for (const id of clientIds) {
        encoding.writeVarUint(e, id)
        encoding.writeVarUint(e, 1)
        encoding.writeVarString(e, state)
      }
    })
  }

  const { maxClientIdsPerSocket, maxStateBytes } = AWARENESS_LIMITS
  const capped: { name: string; update: Uint8Array; refused: boolean }[] = [
    { name: 'a state of exactly the size cap', update: updateWith([1], maxStateBytes), refused: false },
    { name: 'a state one byte over the size cap', update: updateWith([1], maxStateBytes + 1), refused: true },
    {
      name: 'as many client ids as a socket may own',
      update: updateWith([...Array(maxClientIdsPerSocket).keys()], 20),
      refused: false,
    },
    {
      name: 'more client ids than a socket may own',
      update: updateWith([...Array(maxClientIdsPerSocket + 1).keys()], 20),
      refused: true,
    },
  ]

  for (const { name, update, refused } of capped)
    it(`${refused ? 'refuses' : 'accepts'} ${name}`, () => {
      if (refused)
        expect(() => readAwarenessClientIds(update)).toThrow(
          expect.objectContaining({ code: ErrorCode.PresenceRefused }),
        )
      else expect(() => readAwarenessClientIds(update)).not.toThrow()
    })
})

describe('AwarenessOwnership', () => {
  /** `s1`… are connections; `as` names the participant whose connection it is (p1 unless said). */
  type Step =
    { claim: string; as?: string; ids: number[]; granted: ClaimResult } | { release: string; freed: number[] }
  const { Granted, OwnedByOther, TooMany } = ClaimResult

  const cases: { name: string; steps: Step[]; maxReleased?: number }[] = [
    {
      name: 'the first claim wins against another participant',
      steps: [
        { claim: 's1', ids: [1], granted: Granted },
        { claim: 's2', as: 'p2', ids: [1], granted: OwnedByOther },
      ],
    },
    {
      name: 'a connection may claim its own ids again and add new ones',
      steps: [
        { claim: 's1', ids: [1], granted: Granted },
        { claim: 's1', ids: [1, 2], granted: Granted },
        { release: 's1', freed: [1, 2] },
      ],
    },
    {
      name: "an id stays its participant's after the connection left: nobody else takes it over",
      steps: [
        { claim: 's1', ids: [1], granted: Granted },
        { release: 's1', freed: [1] },
        { claim: 's2', as: 'p2', ids: [1], granted: OwnedByOther },
        { claim: 's3', ids: [1], granted: Granted },
      ],
    },
    {
      name: "a participant's new connection takes its ids over before the old one is reaped",
      steps: [
        { claim: 's1', ids: [1, 2], granted: Granted },
        { claim: 's2', ids: [1], granted: Granted },
        { release: 's1', freed: [2] },
        { release: 's2', freed: [1] },
      ],
    },
    {
      name: 'a claim touching one owned id claims nothing',
      steps: [
        { claim: 's1', ids: [2], granted: Granted },
        { claim: 's2', as: 'p2', ids: [1, 2, 3], granted: OwnedByOther },
        { claim: 's3', as: 'p3', ids: [1, 3], granted: Granted },
        { release: 's2', freed: [] },
      ],
    },
    {
      name: 'releasing a connection twice frees nothing the second time',
      steps: [
        { claim: 's1', ids: [1], granted: Granted },
        { release: 's1', freed: [1] },
        { release: 's1', freed: [] },
      ],
    },
    {
      name: 'a connection may speak for four client ids, and claiming them again is no fifth',
      steps: [
        { claim: 's1', ids: [1, 2, 3], granted: Granted },
        { claim: 's1', ids: [4, 1], granted: Granted },
        { claim: 's1', ids: [1, 2, 3, 4], granted: Granted },
        { claim: 's1', ids: [5], granted: TooMany },
        { claim: 's2', as: 'p2', ids: [5], granted: Granted },
      ],
    },
    {
      name: 'a claim that would pass the cap claims nothing',
      steps: [
        { claim: 's1', ids: [1, 2], granted: Granted },
        { claim: 's1', ids: [3, 4, 5], granted: TooMany },
        { claim: 's2', as: 'p2', ids: [3, 4, 5], granted: Granted },
        { release: 's1', freed: [1, 2] },
      ],
    },
    {
      name: 'past the cap of released ids the oldest is forgotten, and only it',
      maxReleased: 2,
      steps: [
        { claim: 's1', ids: [1, 2, 3], granted: Granted },
        { release: 's1', freed: [1, 2, 3] },
        { claim: 's2', as: 'p2', ids: [1], granted: Granted },
        { claim: 's3', as: 'p2', ids: [2], granted: OwnedByOther },
      ],
    },
    {
      name: 'an empty claim is granted and owns nothing',
      steps: [
        { claim: 's1', ids: [], granted: Granted },
        { release: 's1', freed: [] },
      ],
    },
  ]

  for (const { name, steps, maxReleased } of cases)
    it(name, () => {
      const ownership = new AwarenessOwnership(4, maxReleased)
      const outcomes = steps.map((step) =>
        'claim' in step
          ? ownership.claim(step.claim, step.as ?? 'p1', step.ids)
          : ownership.release(step.release).sort(),
      )
      expect(outcomes).toEqual(steps.map((step) => ('claim' in step ? step.granted : step.freed)))
    })
})
