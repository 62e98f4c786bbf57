/**
 * The update policy's table, rule 5 (places): every new item lands in a place its document's
 * schema has, with the kind of content that place holds. Places are resolved as Yjs resolves
 * them: a root name, a parent type by id, or the key of a neighbour in the update or the document.
 */
import { describe } from 'vitest'
import * as Y from 'yjs'
import { CONTROL_DOCUMENT_SCHEMA } from '../../../../shared/board/documentSchemas.ts'
import { getBoardRoots } from '../../../../shared/board/layout.ts'
import { createCard, initBoard } from '../../../../shared/board/mutators.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import {
  Client,
  any,
  author,
  board,
  card,
  cardItemOf,
  changes,
  edit,
  encodeStructs,
  item,
  text,
  valueItemOf,
  type Offer,
} from './craft.ts'
import { itMirrors, type MirrorRow } from './policyHarness.ts'

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

/**
 * The server's document after `store` wrote a type past the policy (as an older server let editors
 * do), returning the id of the item holding it; Alice then writes `content` into that type.
 */
function insideStoredType(
  store: (server: Y.Doc) => Y.ID,
  content: Parameters<typeof item>[2] = any(1),
  parentSub: string | null = 'k',
): Offer {
  const { server } = board()
  const place = { parent: store(server), ...(parentSub === null ? {} : { parentSub }) }
  return { doc: server, update: encodeStructs([item(Y.createID(Client.Alice, 0), place, content)]) }
}

/** Stores `value` under `key` of the server's card-1; returns the id of the item holding it. */
const storeInCard = (key: string, value: unknown) => (server: Y.Doc) => {
  card(server).set(key, value)
  return card(server)._map.get(key)!.id
}

const rows: MirrorRow[] = [
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
      edit((doc) => createCard(doc, { stance: 'bull', x: 0, y: 0, ...author }, { id: 'Card 9' })),
    accepted: () =>
      edit((doc) => createCard(doc, { stance: 'bull', x: 0, y: 0, ...author }, { id: 'card-9' })),
    message: /The key "Card 9" in cards must be an id of 1 to 64 characters/,
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
    rule: "a card's text as a Y.Map instead of a Y.Text is refused",
    refused: () => edit((doc) => card(doc).set('text', new Y.Map())),
    accepted: () => edit((doc) => card(doc).set('text', new Y.Text())),
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
    rule: 'an item inside a type the document holds under a key its schema lacks is refused',
    refused: () => insideStoredType(storeInCard('evil', new Y.Map())),
    accepted: () => insideStoredType(cardItemOf, any(1), 'x'),
    message: /^The update writes to cards\/card-1\/evil, a place this document does not have/,
  },
  {
    rule: "an item inside a type the document holds in a root map's sequence is refused",
    refused: () =>
      insideStoredType((server) => {
        const id = Y.createID(Client.Moderator, 0)
        Y.applyUpdate(server, encodeStructs([item(id, { parent: 'cards' }, new Y.ContentType(new Y.Map()))]))
        return id
      }),
    accepted: () => insideStoredType(cardItemOf, any(1), 'x'),
    message: /^The update writes to cards\/"…", a place this document does not have/,
  },
  {
    rule: 'characters inside a Y.Text the document holds where a plain value belongs are refused',
    refused: () =>
      insideStoredType(storeInCard('authorName', new Y.Text('Ann')), new Y.ContentString('x'), null),
    accepted: () => insideStoredType(storeInCard('text', new Y.Text('Ann')), new Y.ContentString('x'), null),
    message: /^The update writes to cards\/card-1\/authorName, a place this document does not have/,
  },
  {
    rule: 'an item inside types nested deeper than any schema allows is refused',
    refused: () =>
      insideStoredType((server) => {
        let map = card(server)
        for (let depth = 0; depth < 10; depth++) map = map.set(`level-${depth}`, new Y.Map<unknown>())
        return map._item!.id
      }),
    accepted: () => insideStoredType(cardItemOf, any(1), 'x'),
    message: /^The update writes to a place nested deeper than any document allows/,
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
  itMirrors(rows, ErrorCode.UpdateRefused)
})
