/** The wire protocol: y-protocols sync messages, payload bytes and the handshake. */
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { describe, expect, it } from 'vitest'
import {
  PROTOCOL_VERSION,
  SyncMessageType,
  decodeSyncMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  handshakeSchema,
  toBytes,
} from '../../../shared/protocol.ts'
import { createCard, initBoard } from '../../../shared/board/mutators.ts'
import { readCards, readMeta } from '../../../shared/board/accessors.ts'

/** A small board with meta and one card. */
function makeDoc() {
  const doc = new Y.Doc()
  initBoard(doc, { title: '辩题', motion: '动议' }, 1)
  createCard(
    doc,
    { stance: 'bear', text: '估值过高', x: 420, y: 80, authorId: 'u', authorName: '乙' },
    { id: 'c1' },
  )
  return doc
}

/** The visible content of a board document. */
function contentOf(doc: Y.Doc) {
  return { meta: readMeta(doc), cards: readCards(doc) }
}

/** Bytes built with lib0's encoder. */
function bytes(write: (encoder: encoding.Encoder) => void) {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

describe('sync message round trip', () => {
  it('decodes step 1 to the state vector it was built from', () => {
    const doc = makeDoc()
    expect(decodeSyncMessage(encodeSyncStep1(doc))).toEqual({
      type: SyncMessageType.Step1,
      stateVector: Y.encodeStateVector(doc),
    })
  })

  it('decodes step 2 to an update that rebuilds the document', () => {
    const doc = makeDoc()
    const message = decodeSyncMessage(encodeSyncStep2(doc))
    expect(message.type).toBe(SyncMessageType.Step2)
    const copy = new Y.Doc()
    if (message.type === SyncMessageType.Step1) throw new Error('expected an update')
    Y.applyUpdate(copy, message.update)
    expect(contentOf(copy)).toEqual(contentOf(doc))
  })

  it('builds step 2 against a state vector with only what the peer lacks', () => {
    const doc = makeDoc()
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    createCard(
      doc,
      { stance: 'bull', text: '新', x: 0, y: 80, authorId: 'u', authorName: '甲' },
      { id: 'c2' },
    )
    const message = decodeSyncMessage(encodeSyncStep2(doc, Y.encodeStateVector(peer)))
    if (message.type === SyncMessageType.Step1) throw new Error('expected an update')
    expect(message.update.length).toBeLessThan(Y.encodeStateAsUpdate(doc).length)
    Y.applyUpdate(peer, message.update)
    expect(contentOf(peer)).toEqual(contentOf(doc))
  })

  it('decodes an update message to the same update bytes', () => {
    const update = Y.encodeStateAsUpdate(makeDoc())
    expect(decodeSyncMessage(encodeSyncUpdate(update))).toEqual({ type: SyncMessageType.Update, update })
  })
})

describe('interoperability with y-protocols', () => {
  it('y-protocols applies our step 2 to a fresh document with the same content', () => {
    const doc = makeDoc()
    const fresh = new Y.Doc()
    const reply = encoding.createEncoder()
    const type = syncProtocol.readSyncMessage(
      decoding.createDecoder(encodeSyncStep2(doc)),
      reply,
      fresh,
      'test',
    )
    expect(type).toBe(syncProtocol.messageYjsSyncStep2)
    expect(contentOf(fresh)).toEqual(contentOf(doc))
  })

  it('y-protocols answers our step 1 with a step 2 that we decode', () => {
    const server = makeDoc()
    const client = new Y.Doc()
    const reply = encoding.createEncoder()
    syncProtocol.readSyncMessage(decoding.createDecoder(encodeSyncStep1(client)), reply, server, 'test')
    const message = decodeSyncMessage(encoding.toUint8Array(reply))
    expect(message.type).toBe(SyncMessageType.Step2)
    if (message.type === SyncMessageType.Step1) throw new Error('expected an update')
    Y.applyUpdate(client, message.update)
    expect(contentOf(client)).toEqual(contentOf(server))
  })

  it('decodes the messages y-protocols writes', () => {
    const doc = makeDoc()
    const step1 = bytes((encoder) => syncProtocol.writeSyncStep1(encoder, doc))
    const update = Y.encodeStateAsUpdate(doc)
    const updateMessage = bytes((encoder) => syncProtocol.writeUpdate(encoder, update))
    expect(decodeSyncMessage(step1)).toEqual({ type: 0, stateVector: Y.encodeStateVector(doc) })
    expect(decodeSyncMessage(updateMessage)).toEqual({ type: 2, update })
  })
})

describe('decodeSyncMessage refuses malformed input', () => {
  const valid = encodeSyncUpdate(Y.encodeStateAsUpdate(makeDoc()))
  const cases: { name: string; message: Uint8Array }[] = [
    { name: 'empty bytes', message: new Uint8Array() },
    { name: 'a type with no payload', message: Uint8Array.of(0) },
    {
      name: 'an unknown message type',
      message: bytes((e) => {
        encoding.writeVarUint(e, 3)
        encoding.writeVarUint8Array(e, Uint8Array.of(0))
      }),
    },
    { name: 'a truncated varint type', message: Uint8Array.of(0x80) },
    { name: 'a payload shorter than declared', message: valid.subarray(0, valid.length - 1) },
    { name: 'trailing bytes after the payload', message: Uint8Array.of(...valid, 0) },
    {
      name: 'two messages back to back',
      message: Uint8Array.of(...valid, ...valid),
    },
    {
      name: 'a declared length of 2^31',
      message: bytes((e) => {
        encoding.writeVarUint(e, SyncMessageType.Update)
        encoding.writeVarUint(e, 2 ** 31)
        encoding.writeUint8(e, 0)
      }),
    },
  ]

  for (const { name, message } of cases)
    it(`throws on ${name}`, () => {
      expect(() => decodeSyncMessage(message)).toThrow()
    })

  it('throws on a truncated payload inside a larger pooled Buffer without reading past the message', () => {
    // A small Buffer is a view on Node's shared 8 KiB pool: the declared length must be checked against
    // the view, not the pool.
    const pooled = Buffer.from(valid.subarray(0, 4))
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length)
    expect(() => decodeSyncMessage(pooled)).toThrow()
  })

  it('refuses a declared length of 2^31 without allocating it', () => {
    const message = bytes((e) => {
      encoding.writeVarUint(e, SyncMessageType.Update)
      encoding.writeVarUint(e, 2 ** 31)
    })
    const before = process.memoryUsage().arrayBuffers
    expect(() => decodeSyncMessage(message)).toThrow(/end of array/i)
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024)
  })
})

describe('toBytes', () => {
  const data = Uint8Array.of(1, 2, 3)
  const cases: { name: string; payload: unknown; expected: number[] | null }[] = [
    { name: 'a Uint8Array', payload: data, expected: [1, 2, 3] },
    { name: 'a Buffer', payload: Buffer.from([1, 2, 3]), expected: [1, 2, 3] },
    { name: 'an ArrayBuffer', payload: data.slice().buffer, expected: [1, 2, 3] },
    { name: 'an empty Uint8Array', payload: new Uint8Array(), expected: [] },
    { name: 'a string', payload: '\u0001\u0002\u0003', expected: null },
    { name: 'a number', payload: 123, expected: null },
    { name: 'a plain object', payload: { 0: 1, 1: 2, length: 2 }, expected: null },
    { name: 'an array of numbers', payload: [1, 2, 3], expected: null },
    { name: 'null', payload: null, expected: null },
    { name: 'undefined', payload: undefined, expected: null },
  ]

  for (const { name, payload, expected } of cases)
    it(`${expected ? 'returns the bytes of' : 'returns null for'} ${name}`, () => {
      const result = toBytes(payload)
      if (expected === null) expect(result).toBeNull()
      else {
        expect(result).toBeInstanceOf(Uint8Array)
        expect([...result!]).toEqual(expected)
      }
    })

  it('returns only the bytes of a Buffer that is a slice of a larger pool', () => {
    const pooled = Buffer.from([7, 8])
    expect([...toBytes(pooled)!]).toEqual([7, 8])
  })
})

describe('handshakeSchema', () => {
  const good = { protocolVersion: PROTOCOL_VERSION, boardId: 'demo-board', token: 'abc' }
  const cases: { name: string; input: unknown; valid: boolean }[] = [
    { name: 'a complete handshake', input: good, valid: true },
    { name: 'a handshake without token', input: { ...good, token: undefined }, valid: true },
    { name: 'a missing protocolVersion', input: { boardId: 'demo-board' }, valid: false },
    { name: 'a protocolVersion given as a string', input: { ...good, protocolVersion: '1' }, valid: false },
    { name: 'a fractional protocolVersion', input: { ...good, protocolVersion: 1.5 }, valid: false },
    { name: 'an upper-case board id', input: { ...good, boardId: 'Demo' }, valid: false },
    { name: 'a board id that is too short', input: { ...good, boardId: 'ab' }, valid: false },
    { name: 'a board id with a slash', input: { ...good, boardId: 'demo/x' }, valid: false },
    { name: 'a missing board id', input: { protocolVersion: 1 }, valid: false },
    { name: 'a token over 256 characters', input: { ...good, token: 't'.repeat(257) }, valid: false },
    { name: 'a token that is not a string', input: { ...good, token: 42 }, valid: false },
    { name: 'no handshake at all', input: undefined, valid: false },
  ]

  for (const { name, input, valid } of cases)
    it(`${valid ? 'accepts' : 'refuses'} ${name}`, () => {
      expect(handshakeSchema.safeParse(input).success).toBe(valid)
    })
})
