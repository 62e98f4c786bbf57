/** The room's incremental count of a root map's entries agrees with Y.Map#size, whatever the edits. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { countMapEntriesDelta } from '../../../../server/rooms/policy/index.ts'
import { createRandom } from '../../../helpers/random.ts'

const SEED = Number(process.env.FUZZ_SEED ?? 7_2026)

/** A doc whose `cards` map is counted by its observer, as the room counts it. */
function countedDoc(clientId: number) {
  const doc = new Y.Doc()
  doc.clientID = clientId
  const counter = { entries: 0 }
  doc.getMap('cards').observe((event) => {
    counter.entries += countMapEntriesDelta(event)
  })
  return { doc, counter }
}

describe('countMapEntriesDelta', () => {
  it('counts one add, one overwrite and one delete as +1, 0 and -1', () => {
    const { doc, counter } = countedDoc(1)
    const cards = doc.getMap('cards')
    cards.set('a', 1)
    expect(counter.entries).toBe(1)
    cards.set('a', 2)
    expect(counter.entries).toBe(1)
    cards.delete('a')
    expect(counter.entries).toBe(0)
  })

  it(`keeps the count equal to Y.Map#size over random local, remote and merged edits (seed ${SEED})`, () => {
    const random = createRandom(SEED)
    const counted = countedDoc(1)
    const peers = [counted.doc, new Y.Doc(), new Y.Doc()]
    const keys = ['a', 'b', 'c', 'd', 'e', 'f']
    const sync = (from: Y.Doc, to: Y.Doc) =>
      Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)))
    for (let step = 0; step < 2_000; step++) {
      const peer = random.pick(peers)
      const cards = peer.getMap('cards')
      switch (random.int(5)) {
        case 0:
          cards.set(random.pick(keys), random.int(10))
          break
        case 1:
          cards.delete(random.pick(keys))
          break
        case 2:
          // Several changes of the same keys in one transaction: added then deleted, or the reverse.
          peer.transact(() => {
            for (let i = 0; i < 1 + random.int(4); i++) {
              const key = random.pick(keys)
              if (random.int(2) === 0) cards.set(key, new Y.Map())
              else cards.delete(key)
            }
          })
          break
        default:
          sync(peer, random.pick(peers))
      }
      expect(counted.counter.entries).toBe(counted.doc.getMap('cards').size)
    }
    for (const from of peers) for (const to of peers) sync(from, to)
    expect(counted.counter.entries).toBe(counted.doc.getMap('cards').size)
  })
})
