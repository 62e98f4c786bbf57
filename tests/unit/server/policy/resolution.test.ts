/**
 * The update policy's table, rule 5 (places), continued: content kinds no plain field may hold,
 * items Yjs discards (so nothing of them is checked), and long chains resolved in one pass.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deleteCard } from '../../../../shared/board/mutators.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import {
  Client,
  any,
  board,
  card,
  cardItemOf,
  changes,
  edit,
  encodeStructs,
  expectAccepted,
  expectRefused,
  item,
  text,
  valueItemOf,
} from './craft.ts'

describe('update policy: content kinds and discarded items', () => {
  it.each([
    ['binary', new Y.ContentBinary(new Uint8Array([1]))],
    ['JSON', new Y.ContentJSON(['Bob'])],
    ['an embed', new Y.ContentEmbed({ name: 'Bob' })],
    ['a subdocument', new Y.ContentDoc(new Y.Doc())],
    ['a string struct', new Y.ContentString('Bob')],
  ])('a plain field holding %s is refused', (_, content) => {
    const { server } = board()
    const update = encodeStructs([
      item(Y.createID(Client.Alice, 0), { parent: cardItemOf(server), parentSub: 'authorName' }, content),
    ])
    expectRefused({ doc: server, update }, ErrorCode.UpdateRefused, /^cards\/card-1\/authorName must be/)
  })

  it('an item Yjs will discard (next to garbage, or under a plain value) is not checked, since nothing of it is kept', () => {
    const deletedOnServer = () => {
      const { server, alice } = board()
      deleteCard(server, 'card-1')
      return {
        doc: server,
        update: changes(alice, server, (doc) => card(doc).set('authorName', { toString: 1 })),
      }
    }
    expectAccepted(deletedOnServer())
    const { server: emptied, alice } = board()
    deleteCard(emptied, 'card-1')
    // Typed at the start: its only neighbour, on its right, is garbage on the server.
    expectAccepted({ doc: emptied, update: changes(alice, emptied, (doc) => text(doc).insert(0, '?')) })
    expectRefused(
      edit((doc) => card(doc).set('authorName', { toString: 1 })),
      ErrorCode.UpdateRefused,
      /authorName/,
    )
    const { server } = board()
    const underValue = item(
      Y.createID(Client.Alice, 0),
      { parent: valueItemOf(server, 'x'), parentSub: 'k' },
      any({ toString: 1 }),
    )
    expectAccepted({ doc: server, update: encodeStructs([underValue]) })
  })

  it('a chain of 50,000 items, each positioned against the next, resolves in one pass, without recursion', () => {
    // Typed at the start one by one, each character is an item of its own whose only neighbour is
    // the one typed before, on its right; deleted in the same transaction, the text stays short.
    const chain = (head: (text: Y.Text) => void) =>
      edit((doc) =>
        doc.transact(() => {
          for (let i = 0; i < 50_000; i++) text(doc).insert(0, 'z')
          text(doc).delete(0, 50_000)
          head(text(doc))
        }),
      )
    const accepted = chain((card) => card.insert(0, 'a'))
    expect(Y.decodeUpdate(accepted.update).structs.length).toBeGreaterThan(50_000)
    const started = performance.now()
    expectAccepted(accepted)
    expectRefused(
      chain((card) => card.insertEmbed(0, { image: 'x.png' })),
      ErrorCode.UpdateRefused,
      /plain characters/,
    )
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})
