/** mergeSnapshot: a compaction's snapshot never loses what the stored snapshot or the dropped updates hold. */
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { mergeSnapshot } from '../../../server/storage/mergeSnapshot.ts'
import { contentOf, makeUpdates, snapshotOf } from './boardStoreFixtures.ts'

/** A base document and five updates on it: create, move, retype, create, move. */
function makeHistory() {
  const doc = new Y.Doc()
  doc.getMap('meta').set('title', 'base')
  const base = Y.encodeStateAsUpdate(doc)
  const updates = makeUpdates(doc, 5)
  return { doc, base, updates }
}

function docOf(...updates: Uint8Array[]) {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc
}

describe('mergeSnapshot', () => {
  it('keeps the snapshot’s own bytes when the stored snapshot and the dropped updates add nothing', () => {
    const { base, updates } = makeHistory()
    const snapshot = snapshotOf(base, updates)
    expect(mergeSnapshot(snapshot, base, updates.slice(0, 3))).toBe(snapshot)
  })

  it('folds in a dropped update the snapshot lacks', () => {
    const { doc, base, updates } = makeHistory()
    // Update 2 retypes a card's text: it deletes as well as inserts.
    const lacking = snapshotOf(base, [updates[0]!, updates[1]!, updates[3]!, updates[4]!])
    const merged = docOf(mergeSnapshot(lacking, base, [updates[2]!]))
    expect(contentOf(merged)).toEqual(contentOf(doc))
    expect(Y.encodeStateVector(merged)).toEqual(Y.encodeStateVector(doc))
  })

  it('folds in a dropped update that only deletes', () => {
    const { doc, base, updates } = makeHistory()
    const before = snapshotOf(base, updates)
    const deletions: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => deletions.push(update))
    doc.getMap('cards').delete('card-0')
    const merged = docOf(mergeSnapshot(before, undefined, deletions))
    expect(Object.keys(contentOf(merged).cards)).toEqual(['card-3'])
    expect(contentOf(merged)).toEqual(contentOf(doc))
  })

  it('folds in what only the stored snapshot holds (an older room’s compaction landing late)', () => {
    const { doc, base, updates } = makeHistory()
    const stored = snapshotOf(base, updates)
    const merged = docOf(mergeSnapshot(snapshotOf(base, updates.slice(0, 2)), stored, []))
    expect(contentOf(merged)).toEqual(contentOf(doc))
  })

  it('keeps a dropped update whose dependencies have not arrived yet, so it applies once they do', () => {
    const { doc, base, updates } = makeHistory()
    // Update 1 moves the card update 0 creates: without update 0 it waits as a pending struct.
    const merged = mergeSnapshot(base, undefined, [updates[1]!])
    const rebuilt = docOf(merged, updates[0]!, updates[2]!, updates[3]!, updates[4]!)
    expect(contentOf(rebuilt)).toEqual(contentOf(doc))
  })
})
