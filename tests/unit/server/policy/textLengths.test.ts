/**
 * The update policy's table, rule 5 (text length): a text never grows past its limit, counting
 * what the same update deletes there, once per character, and nothing deleted elsewhere.
 */
import { describe } from 'vitest'
import * as Y from 'yjs'
import { getCardMap, getCardText } from '../../../../shared/board/accessors.ts'
import { LIMITS } from '../../../../shared/board/schema.ts'
import { createCard, setCardText } from '../../../../shared/board/mutators.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import {
  Client,
  author,
  board,
  changes,
  deletionsOf,
  encodeStructs,
  type Deletion,
  type Offer,
} from './craft.ts'
import { itMirrorsCoded, type CodedMirrorRow } from './policyHarness.ts'

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

/**
 * Alice's offline edits, merged into one update: card-9 (created with team "red", and "ab" typed
 * into card-2, which the server has) gets `length` characters in one struct, then `later` runs in a later transaction, so the
 * update holds the whole string and deletes part of it.
 */
function offlineEdits(length: number, later: (doc: Y.Doc) => void, before?: (doc: Y.Doc) => void): Offer {
  const { server, alice } = board()
  createCard(alice, { stance: 'bull', x: 0, y: 0, team: 'red', ...author }, { id: 'card-9' })
  getCardText(alice, 'card-2')!.insert(0, 'ab')
  const known = Y.encodeStateAsUpdate(alice)
  Y.applyUpdate(server, known)
  const updates: Uint8Array[] = [known]
  alice.on('update', (update: Uint8Array) => updates.push(update))
  before?.(alice)
  text(alice, 'card-9').insert(0, 'y'.repeat(length))
  later(alice)
  return { doc: server, update: Y.mergeUpdates(updates) }
}

/** Alice deletes the characters of card-9 at `indexes` (in decreasing order), one by one. */
const deleteAt =
  (...indexes: number[]) =>
  (doc: Y.Doc) => {
    for (const index of indexes) text(doc, 'card-9').delete(index, 1)
  }

/**
 * Offline edits whose deletions make no room in card-9: they delete what Alice typed into card-2,
 * before and offline, and her own earlier team (structs the server already has), and with `fair`,
 * one of card-9's characters too.
 */
function offlineElsewhere(fair: boolean): Offer {
  return offlineEdits(
    MAX + 1,
    (doc) => {
      getCardText(doc, 'card-2')!.delete(0, 4)
      getCardMap(doc, 'card-9')!.set('team', 'blue')
      if (fair) deleteAt(0)(doc)
    },
    (doc) => getCardText(doc, 'card-2')!.insert(0, 'zz'),
  )
}

/**
 * Offline edits setting card-9's x before typing `length` characters, then setting x again and
 * deleting characters 2 and 0: the deletions are two ranges, the first across x and character 0.
 */
function offlineAcrossStructs(length: number): Offer {
  const setX = (value: number) => (doc: Y.Doc) => getCardMap(doc, 'card-9')!.set('x', value)
  return offlineEdits(
    length,
    (doc) => doc.transact(() => [setX(6), deleteAt(2, 0)].forEach((change) => change(doc))),
    setX(5),
  )
}

/**
 * card-1 holds "y" x 10 then "x" x (MAX - 10), the x's written first; Alice inserts `inserted`
 * characters and deletes the last two x's and the first two y's (four characters, in two
 * structs), her deletions listed as two overlapping ranges out of order.
 */
function acrossTwoStructs(inserted: number): Offer {
  let start = 0
  const offer = editText(
    0,
    (doc) => text(doc).insert(20, 'a'.repeat(inserted)),
    (server) => {
      start = Y.getState(server.store, Client.Server)
      text(server).insert(0, 'x'.repeat(MAX - 10))
      text(server).insert(0, 'y'.repeat(10))
    },
  )
  return withDeletions(offer, () => [
    [Client.Server, start + MAX - 11, 3],
    [Client.Server, start + MAX - 12, 2],
  ])
}

/**
 * card-1 holds MAX characters, a keyed attribute and bold formatting (written past the policy);
 * Alice adds one character and deletes the attribute, the formatting and a character of card-2,
 * none of which makes room in card-1, or with `fair`, one character of card-1.
 */
function deletingElsewhere(fair = false): Offer {
  let from = 0
  let to = 0
  const offer = editText(
    MAX,
    (doc) => text(doc).insert(MAX, '!'),
    (server) => {
      from = Y.getState(server.store, Client.Server)
      text(server).setAttribute('lang', 'en')
      text(server).format(0, 1, { bold: true })
      to = Y.getState(server.store, Client.Server)
    },
  )
  const bye = getCardText(offer.doc, 'card-2')!._start!.id
  // The last clock before the attribute is the last x of card-1.
  const deletions: Deletion[] = fair
    ? [[Client.Server, from - 1, 1]]
    : [
        [Client.Server, from, to - from],
        [Client.Server, bye.clock, 1],
      ]
  return withDeletions(offer, () => deletions)
}

const TOO_LONG = {
  code: ErrorCode.UpdateRefused,
  message: new RegExp(`^cards/card-(1|9)/text may hold at most ${MAX} characters`),
}
const rows: CodedMirrorRow[] = [
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
    rule: 'characters an update deletes of its own insertions make room (offline edits arrive merged)',
    refused: () => offlineEdits(MAX + 1, () => undefined),
    accepted: () => offlineEdits(MAX + 1, deleteAt(0)),
    ...TOO_LONG,
  },
  {
    rule: 'deletions of its own insertions are counted per character, across its structs and ranges',
    refused: () => offlineAcrossStructs(MAX + 3),
    accepted: () => offlineAcrossStructs(MAX + 2),
    ...TOO_LONG,
  },
  {
    rule: 'deleting its own insertions elsewhere, or its own known edits, makes no room',
    refused: () => offlineElsewhere(false),
    accepted: () => offlineElsewhere(true),
    ...TOO_LONG,
  },
  {
    rule: 'characters deleted before they were sent make no room again',
    refused: () => bornLong(MAX + 2, 1),
    accepted: () => bornLong(MAX + 1, 1),
    ...TOO_LONG,
  },
  {
    rule: 'deletions are counted once per character, across structs, whatever the order and overlap of their ranges',
    refused: () => acrossTwoStructs(5),
    accepted: () => acrossTwoStructs(4),
    ...TOO_LONG,
  },
  {
    rule: "deleting another text's characters, a keyed attribute or formatting makes no room",
    refused: () => deletingElsewhere(),
    accepted: () => deletingElsewhere(true),
    ...TOO_LONG,
  },
]

describe('update policy: text lengths', () => {
  itMirrorsCoded(rows)
})
