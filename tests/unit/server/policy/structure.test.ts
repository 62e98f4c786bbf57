/**
 * The update policy's table, rules 1 and 3: size, decoding and structure. Each row builds a real
 * Yjs update, tampers with it as the attack needs, and checks its mirror: the honest update next
 * to it is accepted, and Yjs then integrates all of it.
 */
import { describe } from 'vitest'
import * as Y from 'yjs'
import { getCardMap, getCardText } from '../../../../shared/board/accessors.ts'
import { getBoardRoots } from '../../../../shared/board/layout.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import {
  Client,
  any,
  board,
  changes,
  contextFor,
  encodeSections,
  encodeStructs,
  item,
  tamper,
  type Offer,
} from './craft.ts'
import { itMirrorsCoded, type CodedMirrorRow } from './policyHarness.ts'

/** Alice types "abc" after card-1's "Hello" in three updates. */
function typing() {
  const { server, alice } = board()
  const updates: Uint8Array[] = []
  alice.on('update', (update: Uint8Array) => updates.push(update))
  for (const [i, char] of [...'abc'].entries()) getCardText(alice, 'card-1')!.insert(5 + i, char)
  const structs = updates.map((update) => Y.decodeUpdate(update).structs[0] as Y.Item)
  return { server, alice, updates, structs }
}

/** The id of the last character of card-1's "Hello" in the server's document. */
function endOfHello(server: Y.Doc): Y.ID {
  const text = getCardText(server, 'card-1')!
  return Y.createID(text._start!.id.client, text._start!.id.clock + 4)
}

/** An update of Alice moving card-1, with limits that let it through exactly, or by one byte less. */
function movedWithCap(slack: number): Offer {
  const { server, alice } = board()
  const update = changes(alice, server, (doc) => getCardMap(doc, 'card-1')!.set('x', 5))
  const limits = { ...contextFor(server).limits, maxUpdateBytes: update.length + slack }
  return { doc: server, update, context: { limits } }
}

const rows: CodedMirrorRow[] = [
  {
    rule: 'an update over the size cap is refused unread',
    refused: () => movedWithCap(-1),
    accepted: () => movedWithCap(0),
    code: ErrorCode.TooLarge,
    message: /at most \d+ bytes/,
  },
  {
    rule: 'bytes that do not decode are a malformed message',
    refused: () => {
      const { doc, update } = movedWithCap(0)
      return { doc, update: update.slice(0, update.length - 4) }
    },
    accepted: () => movedWithCap(0),
    code: ErrorCode.MalformedMessage,
    message: /could not be decoded/,
  },
  {
    rule: 'a skipped struct (a gap inside the update) is refused',
    refused: () => {
      const { server, updates } = typing()
      return { doc: server, update: Y.mergeUpdates([updates[0]!, updates[2]!]) }
    },
    accepted: () => {
      const { server, updates } = typing()
      return { doc: server, update: Y.mergeUpdates(updates) }
    },
    code: ErrorCode.UpdateRefused,
    message: /skipped structs/,
  },
  {
    rule: 'an empty struct is refused',
    refused: () => {
      const { server, structs } = typing()
      const empty = item(Y.createID(Client.Alice, 1), { origin: structs[0]!.id }, new Y.ContentString(''))
      return { doc: server, update: encodeStructs([structs[0]!, empty]) }
    },
    accepted: () => {
      const { server, structs } = typing()
      return { doc: server, update: encodeStructs([structs[0]!, structs[1]!]) }
    },
    code: ErrorCode.UpdateRefused,
    message: /empty struct/,
  },
  {
    rule: 'a client written in two sections one after the other is refused (Yjs would apply only the last)',
    refused: () => {
      const { server, structs } = typing()
      return { doc: server, update: encodeSections([[structs[0]!], [structs[1]!]]) }
    },
    accepted: () => {
      const { server, structs } = typing()
      return { doc: server, update: encodeSections([[structs[0]!, structs[1]!]]) }
    },
    code: ErrorCode.UpdateRefused,
    message: /several sections/,
  },
  {
    rule: 'a client written in two sections apart is refused',
    refused: () => {
      const { server, structs } = typing()
      const other = new Y.GC(Y.createID(Client.Unowned, 0), 1)
      return { doc: server, update: encodeSections([[structs[0]!], [other], [structs[1]!]]) }
    },
    accepted: () => {
      const { server, structs } = typing()
      const other = new Y.GC(Y.createID(Client.Unowned, 0), 1)
      return { doc: server, update: encodeSections([[structs[0]!, structs[1]!], [other]]) }
    },
    code: ErrorCode.UpdateRefused,
    message: /several sections/,
  },
  {
    rule: "structs that start past the server's state for their client (a gap) are refused",
    refused: () => ({
      doc: board().server,
      update: encodeStructs([new Y.GC(Y.createID(Client.Alice, 1), 1)]),
    }),
    accepted: () => ({
      doc: board().server,
      update: encodeStructs([new Y.GC(Y.createID(Client.Alice, 0), 1)]),
    }),
    code: ErrorCode.UpdateRefused,
    message: /depends on edits the server lacks/,
  },
  {
    rule: 'an item inside a type the server lacks is refused',
    refused: () => {
      const { server } = board()
      const orphan = item(
        Y.createID(Client.Alice, 0),
        { parent: Y.createID(Client.Moderator, 0), parentSub: 'x' },
        any(1),
      )
      return { doc: server, update: encodeStructs([orphan]) }
    },
    accepted: () => {
      const { server } = board()
      const parent = getBoardRoots(server).cards._map.get('card-1')!.id
      return {
        doc: server,
        update: encodeStructs([item(Y.createID(Client.Alice, 0), { parent, parentSub: 'x' }, any(1))]),
      }
    },
    code: ErrorCode.UpdateRefused,
    message: /depends on edits the server lacks/,
  },
  {
    rule: 'an item positioned against an item the server lacks is refused',
    refused: () => {
      const { server, updates } = typing()
      return {
        doc: server,
        update: tamper(
          updates[0]!,
          ([typed]) => void ((typed as Y.Item).origin = Y.createID(Client.Moderator, 0)),
        ),
      }
    },
    accepted: () => {
      const { server, updates } = typing()
      return {
        doc: server,
        update: tamper(updates[0]!, ([typed]) => void ((typed as Y.Item).origin = endOfHello(server))),
      }
    },
    code: ErrorCode.UpdateRefused,
    message: /depends on edits the server lacks/,
  },
  {
    rule: 'an item positioned against itself is refused',
    refused: () => {
      const { server, updates } = typing()
      return {
        doc: server,
        update: tamper(updates[0]!, ([typed]) => void ((typed as Y.Item).rightOrigin = typed!.id)),
      }
    },
    accepted: () => {
      const { server, updates } = typing()
      return { doc: server, update: updates[0]! }
    },
    code: ErrorCode.UpdateRefused,
    message: /positioned against itself/,
  },
  {
    rule: 'items that wait on each other (a cycle) are refused',
    refused: () => {
      const { server, structs } = typing()
      structs[0]!.origin = structs[1]!.id
      return { doc: server, update: encodeStructs(structs.slice(0, 2)) }
    },
    accepted: () => {
      const { server, structs } = typing()
      return { doc: server, update: encodeStructs(structs.slice(0, 2)) }
    },
    code: ErrorCode.UpdateRefused,
    message: /circular dependencies/,
  },
  {
    rule: 'an item positioned against a later item of its own client is refused (Yjs integrates a client in clock order)',
    refused: () => {
      const { server, structs } = typing()
      structs[0]!.origin = structs[1]!.id
      structs[1]!.origin = endOfHello(server)
      return { doc: server, update: encodeStructs(structs.slice(0, 2)) }
    },
    accepted: () => {
      const { server, structs } = typing()
      structs[0]!.origin = endOfHello(server)
      return { doc: server, update: encodeStructs(structs.slice(0, 2)) }
    },
    code: ErrorCode.UpdateRefused,
    message: /circular dependencies/,
  },
  {
    rule: 'a deletion of clocks the server lacks is refused',
    refused: () => {
      const { server, structs } = typing()
      return { doc: server, update: encodeStructs([structs[0]!], [[Client.Alice, 0, 2]]) }
    },
    accepted: () => {
      const { server, structs } = typing()
      return { doc: server, update: encodeStructs([structs[0]!], [[Client.Alice, 0, 1]]) }
    },
    code: ErrorCode.UpdateRefused,
    message: /deletes edits the server lacks/,
  },
  {
    rule: 'a deletion of an empty range is refused',
    refused: () => {
      const { server, structs } = typing()
      return { doc: server, update: encodeStructs([structs[0]!], [[Client.Server, 3, 0]]) }
    },
    accepted: () => {
      const { server, structs } = typing()
      return { doc: server, update: encodeStructs([structs[0]!], [[Client.Alice, 0, 1]]) }
    },
    code: ErrorCode.UpdateRefused,
    message: /deletes an empty range/,
  },
]

describe('update policy: size, decoding and structure', () => {
  itMirrorsCoded(rows)
})
