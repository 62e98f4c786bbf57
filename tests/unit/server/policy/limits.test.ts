/**
 * The update policy's table, rules 5 (text length) and 6 (capacity): a text never grows past its
 * limit, counting what the same update deletes; a board never holds more cards or articles than
 * allowed, counting only keys the update adds; a document never grows past its size.
 */
import { describe, it } from 'vitest'
import * as Y from 'yjs'
import { getCardMap, getCardText } from '../../../../shared/board/accessors.ts'
import { LIMITS } from '../../../../shared/board/schema.ts'
import { getBoardRoots } from '../../../../shared/board/layout.ts'
import { addSource, createCard, deleteCard, setCardText } from '../../../../shared/board/mutators.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import type { UpdateContext } from '../../../../server/rooms/policy/index.ts'
import {
  Client,
  author,
  board,
  changes,
  contextFor,
  deletionsOf,
  encodeStructs,
  expectAccepted,
  expectRefused,
  type Deletion,
  type Offer,
} from './craft.ts'

const MAX = LIMITS.cardTextLength
const text = (doc: Y.Doc, id = 'card-1') => getCardText(doc, id)!

/** Alice's edit of a board whose card-1 holds `length` characters (after `prepare` on the server). */
function editText(length: number, change: (doc: Y.Doc) => void, prepare?: (server: Y.Doc) => void): Offer {
  const { server, alice } = board()
  setCardText(server, 'card-1', 'x'.repeat(length))
  prepare?.(server)
  Y.applyUpdate(alice, Y.encodeStateAsUpdate(server))
  return { doc: server, update: changes(alice, server, change) }
}

/** The same update with its deletions replaced. */
function withDeletions({ doc, update }: Offer, deletions: (original: Deletion[]) => Deletion[]): Offer {
  return { doc, update: encodeStructs(Y.decodeUpdate(update).structs, deletions(deletionsOf(update))) }
}

/** A new card born with a text of `length` characters, and Alice deleting its first `deleted` in the same update. */
function bornLong(length: number, deleted: number): Offer {
  return editText(0, (doc) =>
    doc.transact(() => {
      createCard(doc, { stance: 'bull', x: 0, y: 0, ...author }, { id: 'card-9' })
      text(doc, 'card-9').insert(0, 'y'.repeat(length))
      text(doc, 'card-9').delete(0, deleted)
    }),
  )
}

/** Alice replaces the last 3 of card-1's MAX characters with `replacement`, in one update. */
function replaceEnd(replacement: string): Offer {
  return editText(MAX, (doc) =>
    doc.transact(() => {
      text(doc).insert(MAX - 3, replacement)
      text(doc).delete(MAX - 3 + replacement.length, 3)
    }),
  )
}

/**
 * Alice's edit of a board whose card-1 holds MAX characters, the server having typed and deleted
 * "zzz" in it; with `deletingZs`, her update's deletions are only of that "zzz" again.
 */
function afterDeletedZs(change: (doc: Y.Doc) => void, deletingZs = false): Offer {
  let clock = 0
  const offer = editText(MAX, change, (server) => {
    clock = Y.getState(server.store, Client.Server)
    text(server).insert(0, 'zzz')
    text(server).delete(0, 3)
  })
  return deletingZs ? withDeletions(offer, () => [[Client.Server, clock, 3]]) : offer
}

interface Row {
  rule: string
  refused: () => Offer
  accepted: () => Offer
  code: ErrorCode
  message: RegExp
}

const TOO_LONG = {
  code: ErrorCode.UpdateRefused,
  message: new RegExp(`^cards/card-(1|9)/text may hold at most ${MAX} characters`),
}
const limits = (overrides: Partial<UpdateContext['limits']>) => ({
  ...contextFor(new Y.Doc()).limits,
  ...overrides,
})

/** Alice adds cards `ids` to a board allowed `max` cards (it holds card-1 and card-2). */
function addCards(ids: string[], max: number): Offer {
  const { server, alice } = board()
  const update = changes(alice, server, (doc) => {
    for (const id of ids) createCard(doc, { stance: 'bull', x: 0, y: 0, ...author }, { id })
  })
  return { doc: server, update, context: { limits: limits({ maxCardsPerBoard: max }) } }
}

const rows: Row[] = [
  {
    rule: 'a text may not grow past its limit',
    refused: () => editText(MAX, (doc) => text(doc).insert(MAX, '!')),
    accepted: () => editText(MAX - 1, (doc) => text(doc).insert(MAX - 1, '!')),
    ...TOO_LONG,
  },
  {
    rule: 'characters the same update deletes make room: a replacement at the limit is accepted',
    refused: () =>
      withDeletions(
        editText(MAX, (doc) => setCardText(doc, 'card-1', `${'x'.repeat(MAX - 3)}abc`)),
        () => [],
      ),
    accepted: () => editText(MAX, (doc) => setCardText(doc, 'card-1', `${'x'.repeat(MAX - 3)}abc`)),
    ...TOO_LONG,
  },
  {
    rule: 'a deletion listed twice is counted once',
    refused: () => withDeletions(replaceEnd('abcd'), (ds) => [...ds, ...ds]),
    accepted: () => withDeletions(replaceEnd('abc'), (ds) => [...ds, ...ds]),
    ...TOO_LONG,
  },
  {
    rule: 'deleting characters already deleted makes no room',
    refused: () => afterDeletedZs((doc) => text(doc).insert(0, '!'), true),
    accepted: () =>
      afterDeletedZs((doc) =>
        doc.transact(() => {
          text(doc).insert(0, '!')
          text(doc).delete(1, 1)
        }),
      ),
    ...TOO_LONG,
  },
  {
    rule: 'a new text is checked too, less what the same update deletes of it',
    refused: () => bornLong(MAX + 1, 0),
    accepted: () => bornLong(MAX + 1, 1),
    ...TOO_LONG,
  },
  {
    rule: 'a card over the card limit is refused',
    refused: () => addCards(['card-9'], 2),
    accepted: () => addCards(['card-9'], 3),
    code: ErrorCode.LimitReached,
    message: /^A board may hold at most 2 cards/,
  },
  {
    rule: 'two new cards in one update are two',
    refused: () => addCards(['card-8', 'card-9'], 3),
    accepted: () => addCards(['card-9', 'card-9'], 3),
    code: ErrorCode.LimitReached,
    message: /at most 3 cards/,
  },
  {
    rule: 'a card re-added under a deleted id is a new card; an overwrite of a live one is not',
    refused: () => {
      const { server, alice } = board()
      deleteCard(server, 'card-2')
      Y.applyUpdate(alice, Y.encodeStateAsUpdate(server))
      const update = changes(alice, server, (doc) => getBoardRoots(doc).cards.set('card-2', new Y.Map()))
      return {
        doc: server,
        update,
        context: { limits: limits({ maxCardsPerBoard: 1 }), countEntries: () => 1 },
      }
    },
    accepted: () => {
      const { server, alice } = board()
      const update = changes(alice, server, (doc) => getBoardRoots(doc).cards.set('card-2', new Y.Map()))
      return { doc: server, update, context: { limits: limits({ maxCardsPerBoard: 2 }) } }
    },
    code: ErrorCode.LimitReached,
    message: /at most 1 cards/,
  },
  {
    rule: 'an article over the article limit is refused',
    refused: () => addArticle(1),
    accepted: () => addArticle(2),
    code: ErrorCode.LimitReached,
    message: /^A board may hold at most 1 articles/,
  },
  {
    rule: 'a document may not grow past its size limit',
    refused: () => ({
      ...moved(),
      context: {
        documentBytes: 1000,
        limits: limits({ maxDocumentBytes: 1000 + moved().update.length - 1 }),
      },
    }),
    accepted: () => ({
      ...moved(),
      context: { documentBytes: 1000, limits: limits({ maxDocumentBytes: 1000 + moved().update.length }) },
    }),
    code: ErrorCode.LimitReached,
    message: /reached its size limit/,
  },
]

/** Alice moves card-1. */
function moved(): Offer {
  const { server, alice } = board()
  return { doc: server, update: changes(alice, server, (doc) => getCardMap(doc, 'card-1')!.set('x', 3)) }
}

/** Alice adds an article to a board (holding one) allowed `max` articles. */
function addArticle(max: number): Offer {
  const { server, alice } = board()
  const update = changes(alice, server, (doc) =>
    addSource(doc, { title: 'More', language: 'en', text: 'More text.', addedBy: 'Alice' }),
  )
  return { doc: server, update, context: { limits: limits({ maxSourcesPerBoard: max }) } }
}

describe('update policy: text lengths and capacity', () => {
  for (const row of rows)
    it(row.rule, () => {
      expectRefused(row.refused(), row.code, row.message)
      expectAccepted(row.accepted())
    })
})
