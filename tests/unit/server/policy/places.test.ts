/**
 * The update policy's table, rule 5 (places): every new item lands in a place its document's
 * schema has, with the kind of content that place holds. Places are resolved as Yjs resolves
 * them: a root name, a parent type by id, or the key of a neighbour in the update or the document.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getCardMap, getCardText } from '../../../../shared/board/accessors.ts'
import { CONTROL_DOCUMENT_SCHEMA } from '../../../../shared/board/documentSchemas.ts'
import { getBoardRoots } from '../../../../shared/board/layout.ts'
import { createCard, deleteCard, initBoard } from '../../../../shared/board/mutators.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import {
  Client,
  any,
  author,
  board,
  changes,
  encodeStructs,
  expectAccepted,
  expectRefused,
  item,
  type Offer,
} from './craft.ts'

interface Row {
  rule: string
  refused: () => Offer
  accepted: () => Offer
  message: RegExp
}

/** Alice's edit of her copy of the board, as an offer to the server. */
function edit(change: (doc: Y.Doc) => void): Offer {
  const { server, alice } = board()
  return { doc: server, update: changes(alice, server, change) }
}

/** A crafted item of Alice's, as the whole update. */
function crafted(
  place: Parameters<typeof item>[1],
  content: Parameters<typeof item>[2],
  prepare?: (server: Y.Doc) => void,
): Offer {
  const { server } = board()
  prepare?.(server)
  return { doc: server, update: encodeStructs([item(Y.createID(Client.Alice, 0), place, content)]) }
}

/** The id of the item holding card-1's current value under `key`, in `doc`. */
function valueItemOf(doc: Y.Doc, key: string): Y.ID {
  return getCardMap(doc, 'card-1')!._map.get(key)!.id
}

/** The id of the item holding card-1's map. */
function cardItemOf(doc: Y.Doc): Y.ID {
  return getBoardRoots(doc).cards._map.get('card-1')!.id
}

const card = (doc: Y.Doc) => getCardMap(doc, 'card-1')!
const text = (doc: Y.Doc) => getCardText(doc, 'card-1')!

const rows: Row[] = [
  {
    rule: 'a root the document does not have is refused',
    refused: () => edit((doc) => doc.getMap('evil').set('card-9', 1)),
    accepted: () => edit((doc) => card(doc).set('x', 1)),
    message: /writes to evil, a place this document does not have/,
  },
  {
    rule: 'meta is a root of the control document, not of the board document',
    refused: () => edit((doc) => initBoard(doc, { title: 'Forged' })),
    accepted: () => {
      const control = new Y.Doc()
      const moderator = new Y.Doc()
      moderator.clientID = Client.Alice
      return {
        doc: control,
        update: changes(moderator, control, (doc) => initBoard(doc, { title: 'T' })),
        context: { schema: CONTROL_DOCUMENT_SCHEMA },
      }
    },
    message: /writes to meta, a place this document does not have/,
  },
  {
    rule: "a root map's entry without a key (in the root's sequence) is refused",
    refused: () => crafted({ parent: 'links' }, any({ from: 'card-1', to: 'card-2', kind: 'supports' })),
    accepted: () =>
      crafted(
        { parent: 'links', parentSub: 'link-2' },
        any({ from: 'card-1', to: 'card-2', kind: 'supports' }),
      ),
    message: /^links holds only keyed entries/,
  },
  {
    rule: 'an entry whose key is not an entity id is refused',
    refused: () =>
      edit((doc) => createCard(doc, { stance: 'bull', x: 0, y: 0, ...author }, { id: 'Card 9!' })),
    accepted: () =>
      edit((doc) => createCard(doc, { stance: 'bull', x: 0, y: 0, ...author }, { id: 'card-9' })),
    message: /The key "Card 9!" in cards must be an id of 1 to 64 characters/,
  },
  {
    rule: 'a card that is a plain value instead of a Y.Map is refused',
    refused: () =>
      edit((doc) => getBoardRoots(doc).cards.set('card-9', { stance: 'bull' } as unknown as Y.Map<unknown>)),
    accepted: () => edit((doc) => getBoardRoots(doc).cards.set('card-9', new Y.Map())),
    message: /^cards\/card-9 must be a shared map \(Y\.Map\)/,
  },
  {
    rule: 'a card that is a Y.Text instead of a Y.Map is refused',
    refused: () =>
      edit((doc) => getBoardRoots(doc).cards.set('card-9', new Y.Text('x') as unknown as Y.Map<unknown>)),
    accepted: () => edit((doc) => getBoardRoots(doc).cards.set('card-9', new Y.Map())),
    message: /^cards\/card-9 must be a shared map/,
  },
  {
    rule: 'a field the schema does not name is refused, even one named like a member of Object.prototype',
    refused: () => edit((doc) => card(doc).set('toString', 1)),
    accepted: () => edit((doc) => card(doc).set('team', 'red')),
    message: /^cards\/card-1\/toString is not a field of cards\/card-1/,
  },
  {
    rule: "a card's text as a plain string instead of a Y.Text is refused",
    refused: () => edit((doc) => card(doc).set('text', 'plain')),
    accepted: () => edit((doc) => card(doc).set('text', new Y.Text('plain'))),
    message: /^cards\/card-1\/text must be a shared text \(Y\.Text\)/,
  },
  {
    rule: 'a plain field holding a shared type instead of a value is refused',
    refused: () => edit((doc) => card(doc).set('authorName', new Y.Map())),
    accepted: () => edit((doc) => card(doc).set('authorName', 'Bob')),
    message: /^cards\/card-1\/authorName must be a string of at most 60 characters/,
  },
  {
    rule: 'formatting inside a text is refused',
    refused: () => edit((doc) => text(doc).format(0, 2, { bold: true })),
    accepted: () => edit((doc) => text(doc).insert(0, 'Oh, ')),
    message: /^cards\/card-1\/text holds only plain characters/,
  },
  {
    rule: 'an embed inside a text is refused',
    refused: () => edit((doc) => text(doc).insertEmbed(0, { image: 'https://example.com/x.png' })),
    accepted: () => edit((doc) => text(doc).insert(0, 'x')),
    message: /^cards\/card-1\/text holds only plain characters/,
  },
  {
    rule: 'a keyed attribute on a text is refused',
    refused: () => edit((doc) => text(doc).setAttribute('color', 'red')),
    accepted: () => edit((doc) => text(doc).insert(5, '!')),
    message: /^cards\/card-1\/text holds only characters, not the key color/,
  },
  {
    rule: 'an item inheriting its key from its left neighbour in the document is checked at that key',
    refused: () => edit((doc) => card(doc).set('authorName', { toString: 1 })),
    accepted: () => edit((doc) => card(doc).set('authorName', 'Bob')),
    message: /^cards\/card-1\/authorName must be/,
  },
  {
    rule: 'an item inheriting its key from its right neighbour alone is checked at that key',
    refused: () => {
      const { server } = board()
      const update = encodeStructs([
        item(Y.createID(Client.Alice, 0), { rightOrigin: valueItemOf(server, 'x') }, any('far')),
      ])
      return { doc: server, update }
    },
    accepted: () => {
      const { server } = board()
      const update = encodeStructs([
        item(Y.createID(Client.Alice, 0), { rightOrigin: valueItemOf(server, 'x') }, any(3)),
      ])
      return { doc: server, update }
    },
    message: /^cards\/card-1\/x must be a number/,
  },
  {
    rule: 'an item inside a type the document holds outside its schema is refused',
    refused: () => {
      const { server } = board()
      card(server).set('text', new Y.Map() as unknown as Y.Text)
      const parent = card(server)._map.get('text')!.id
      return {
        doc: server,
        update: encodeStructs([item(Y.createID(Client.Alice, 0), { parent, parentSub: 'k' }, any(1))]),
      }
    },
    accepted: () => {
      const { server } = board()
      return {
        doc: server,
        update: encodeStructs([
          item(Y.createID(Client.Alice, 0), { parent: cardItemOf(server), parentSub: 'x' }, any(1)),
        ]),
      }
    },
    message: /^The update writes to cards\/card-1\/text, a place this document does not have/,
  },
  {
    rule: 'a deleted item is fine in any valid place, and refused in a place the document does not have',
    refused: () => crafted({ parent: 'evil', parentSub: 'k' }, new Y.ContentDeleted(1)),
    accepted: () => crafted({ parent: 'cards', parentSub: 'card-9' }, new Y.ContentDeleted(1)),
    message: /writes to evil/,
  },
  {
    rule: 'a plain field written as two values in one struct is refused',
    refused: () => crafted({ parent: cardItemOf(board().server), parentSub: 'x' }, new Y.ContentAny([1, 2])),
    accepted: () => crafted({ parent: cardItemOf(board().server), parentSub: 'x' }, new Y.ContentAny([1])),
    message: /^cards\/card-1\/x must be a number/,
  },
]

describe('update policy: places', () => {
  for (const row of rows)
    it(row.rule, () => {
      expectRefused(row.refused(), ErrorCode.UpdateRefused, row.message)
      expectAccepted(row.accepted())
    })

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

  it('a chain of 50,000 items positioned against each other resolves in one pass, without recursion', () => {
    const chain = (last: unknown) =>
      edit((doc) =>
        doc.transact(() => {
          for (let i = 0; i < 50_000; i++) card(doc).set('x', i)
          card(doc).set('x', last)
        }),
      )
    const started = performance.now()
    expectAccepted(chain(1))
    expectRefused(chain('far'), ErrorCode.UpdateRefused, /^cards\/card-1\/x must be/)
    expect(performance.now() - started).toBeLessThan(10_000)
  })
})
