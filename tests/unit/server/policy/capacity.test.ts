/**
 * The update policy's table, rule 6 (capacity): a board never holds more cards or articles than
 * allowed, counting only the keys an update adds, and a document never grows past its size.
 */
import { describe } from 'vitest'
import * as Y from 'yjs'
import { getCardMap } from '../../../../shared/board/accessors.ts'
import { getBoardRoots } from '../../../../shared/board/layout.ts'
import { addSource, createCard, deleteCard } from '../../../../shared/board/mutators.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import type { UpdateContext } from '../../../../server/rooms/policy/index.ts'
import { Client, author, board, changes, contextFor, encodeStructs, item, type Offer } from './craft.ts'
import { itMirrors, type MirrorRow } from './policyHarness.ts'

const limits = (overrides: Partial<UpdateContext['limits']>) => ({
  ...contextFor(new Y.Doc()).limits,
  ...overrides,
})

/** Alice's edit of a board (holding card-1 and card-2) allowed `max` cards, the room counting `count`. */
function withCardLimit(max: number, edit: (doc: Y.Doc) => void, count?: number): Offer {
  const { server, alice } = board()
  const update = changes(alice, server, edit)
  const countEntries = count === undefined ? undefined : () => count
  return {
    doc: server,
    update,
    context: { limits: limits({ maxCardsPerBoard: max }), ...(countEntries && { countEntries }) },
  }
}

/** Alice adds cards `ids`. */
const addCards = (ids: string[]) => (doc: Y.Doc) => {
  for (const id of ids) createCard(doc, { stance: 'bull', x: 0, y: 0, ...author }, { id })
}

/** Alice moves card-1. */
function moved(): Offer {
  const { server, alice } = board()
  return { doc: server, update: changes(alice, server, (doc) => getCardMap(doc, 'card-1')!.set('x', 3)) }
}

/** Alice adds an article to a board (holding one) allowed `max` articles. */
function addArticle(max: number): Offer {
  const { server, alice } = board()
  const article = { title: 'More', language: 'en', text: 'More text.', addedBy: 'Alice' }
  const update = changes(alice, server, (doc) => addSource(doc, article))
  return { doc: server, update, context: { limits: limits({ maxSourcesPerBoard: max }) } }
}

/** A board that reached `max` cards after the server deleted card-2, and Alice writing `card-2` again. */
function reAdded(max: number): Offer {
  const { server, alice } = board()
  deleteCard(server, 'card-2')
  Y.applyUpdate(alice, Y.encodeStateAsUpdate(server))
  return withCardLimitOn(server, alice, max, 1)
}

function withCardLimitOn(server: Y.Doc, alice: Y.Doc, max: number, count: number): Offer {
  const update = changes(alice, server, (doc) => getBoardRoots(doc).cards.set('card-2', new Y.Map()))
  return {
    doc: server,
    update,
    context: { limits: limits({ maxCardsPerBoard: max }), countEntries: () => count },
  }
}

/** A size limit `slack` bytes above what a move needs, on a document of 1000 bytes. */
function sized(slack: number): Offer {
  const offer = moved()
  return {
    ...offer,
    context: {
      documentBytes: 1000,
      limits: limits({ maxDocumentBytes: 1000 + offer.update.length + slack }),
    },
  }
}

const rows: MirrorRow[] = [
  {
    rule: 'a card over the card limit is refused',
    refused: () => withCardLimit(2, addCards(['card-9'])),
    accepted: () => withCardLimit(3, addCards(['card-9'])),
    message: /^A board may hold at most 2 cards/,
  },
  {
    rule: 'two new cards in one update are two; one key written twice is one',
    refused: () => withCardLimit(3, addCards(['card-8', 'card-9'])),
    accepted: () => withCardLimit(3, addCards(['card-9', 'card-9'])),
    message: /at most 3 cards/,
  },
  {
    rule: 'a card re-added under a deleted id is a new card; an overwrite of a live one is not',
    refused: () => reAdded(1),
    accepted: () => {
      const { server, alice } = board()
      return withCardLimitOn(server, alice, 2, 2)
    },
    message: /at most 1 cards/,
  },
  {
    rule: 'a board already past its limit still takes edits that add no card',
    refused: () => withCardLimit(2, addCards(['card-9']), 5),
    accepted: () => withCardLimit(2, (doc) => getCardMap(doc, 'card-1')!.set('x', 1), 5),
    message: /at most 2 cards/,
  },
  {
    rule: 'a deleted entry under a new key adds no card',
    refused: () => withCardLimit(2, addCards(['card-9'])),
    accepted: () => {
      const { server } = board()
      const deleted = item(
        Y.createID(Client.Alice, 0),
        { parent: 'cards', parentSub: 'card-9' },
        new Y.ContentDeleted(1),
      )
      return {
        doc: server,
        update: encodeStructs([deleted]),
        context: { limits: limits({ maxCardsPerBoard: 2 }) },
      }
    },
    message: /at most 2 cards/,
  },
  {
    rule: 'an article over the article limit is refused',
    refused: () => addArticle(1),
    accepted: () => addArticle(2),
    message: /^A board may hold at most 1 articles/,
  },
  {
    rule: 'a document may not grow past its size limit',
    refused: () => sized(-1),
    accepted: () => sized(0),
    message: /reached its size limit/,
  },
]

describe('update policy: capacity', () => {
  itMirrors(rows, ErrorCode.LimitReached)
})
