/** SP9: a big answer to a sync step 1 goes as several updates, then the standard step 2. */
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { encodeStep2Slices } from '../../../server/rooms/step2Slices.ts'
import { decodeSyncMessage, encodeSyncStep2, SyncMessageType } from '../../../shared/protocol.ts'
import { createCard, deleteCards } from '../../../shared/board/mutators.ts'
import { readCards } from '../../../shared/board/accessors.ts'

const MAX = 200

function addCards(doc: Y.Doc, count: number, prefix: string) {
  doc.transact(() => {
    for (let i = 0; i < count; i++)
      createCard(
        doc,
        {
          stance: i % 2 ? 'bear' : 'bull',
          text: `${prefix} ${i}`,
          x: i,
          y: i,
          authorId: 'a',
          authorName: 'A',
        },
        { id: `${prefix}${i}`, now: i },
      )
  })
}

/** A board of `count` cards written by one client. */
function boardOf(count: number) {
  const doc = new Y.Doc()
  addCards(doc, count, 'c')
  return doc
}

const structsOf = (update: Uint8Array) => Y.decodeUpdate(update).structs.length

/** Applies each message to `peer` in order; the kinds of message, and the structs each carried. */
function applyAll(peer: Y.Doc, messages: Uint8Array[]) {
  return messages.map((bytes) => {
    const message = decodeSyncMessage(bytes)
    if (message.type === SyncMessageType.Step1) throw new Error('a step 1 in an answer')
    Y.applyUpdate(peer, message.update)
    // Each slice stands on the ones before it: nothing waits for a later message.
    expect(peer.store.pendingStructs).toBeNull()
    return { type: message.type, structs: structsOf(message.update) }
  })
}

function expectSameDocument(peer: Y.Doc, doc: Y.Doc) {
  expect(Y.encodeStateVector(peer)).toEqual(Y.encodeStateVector(doc))
  expect(readCards(peer)).toEqual(readCards(doc))
  expect(peer.store.pendingDs).toBeNull()
}

describe('SP9 a big step 2 in slices', () => {
  it('SP9 answers a small document with the one standard step 2', () => {
    const doc = boardOf(3)
    const empty = Y.encodeStateVector(new Y.Doc())
    expect(encodeStep2Slices(doc, empty, MAX)).toEqual([encodeSyncStep2(doc, empty)])
  })

  it('SP9 sends a big document as updates of even size, the last message the step 2', () => {
    const doc = boardOf(100)
    const peer = new Y.Doc()
    const sent = applyAll(peer, encodeStep2Slices(doc, Y.encodeStateVector(peer), MAX))
    const total = structsOf(Y.encodeStateAsUpdate(doc))
    expect(sent.length).toBe(Math.ceil(total / MAX))
    expect(sent.map((each) => each.type)).toEqual([
      ...sent.slice(1).map(() => SyncMessageType.Update),
      SyncMessageType.Step2,
    ])
    expect(sent.reduce((sum, each) => sum + each.structs, 0)).toBe(total)
    for (const each of sent) expect(each.structs).toBeLessThanOrEqual(MAX)
    expect(
      Math.max(...sent.map((each) => each.structs)) - Math.min(...sent.map((each) => each.structs)),
    ).toBeLessThanOrEqual(1)
    expectSameDocument(peer, doc)
  })

  it('SP9 starts from what the peer has, inside a struct too, and ends with the same document', () => {
    const doc = boardOf(60)
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    const notes = doc.getText('notes')
    const typeOneByOne = (text: string) => {
      for (const char of text) notes.insert(notes.length, char)
    }
    // The peer receives the first characters typed; the document merges them with the next ones.
    const forward = (update: Uint8Array) => Y.applyUpdate(peer, update)
    doc.on('update', forward)
    typeOneByOne('hello')
    doc.off('update', forward)
    typeOneByOne(' world, typed after the peer left')
    addCards(doc, 60, 'd')
    const known = Y.decodeStateVector(Y.encodeStateVector(peer)).get(doc.clientID) ?? 0
    const inside = doc.store.clients
      .get(doc.clientID)
      ?.some((struct) => struct.id.clock < known && known < struct.id.clock + struct.length)
    expect(inside).toBe(true)
    const sent = applyAll(peer, encodeStep2Slices(doc, Y.encodeStateVector(peer), MAX))
    expect(sent.length).toBeGreaterThan(1)
    expectSameDocument(peer, doc)
    expect(peer.getText('notes').toString()).toBe('hello world, typed after the peer left')
  })

  it('SP9 carries several clients and their deletions, whichever client wrote first', () => {
    const ann = new Y.Doc()
    const bob = new Y.Doc()
    addCards(ann, 50, 'a')
    Y.applyUpdate(bob, Y.encodeStateAsUpdate(ann))
    addCards(bob, 50, 'b')
    deleteCards(bob, ['a1', 'a2', 'b3'])
    Y.applyUpdate(ann, Y.encodeStateAsUpdate(bob))
    for (const doc of [ann, bob]) {
      const peer = new Y.Doc()
      const sent = applyAll(peer, encodeStep2Slices(doc, Y.encodeStateVector(peer), MAX))
      expect(sent.length).toBeGreaterThan(2)
      expectSameDocument(peer, doc)
      expect(readCards(peer).map((card) => card.id)).not.toContain('a1')
    }
  })
})
