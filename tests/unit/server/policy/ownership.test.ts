/**
 * The update policy's table, rules 2 and 4: updates that add nothing, and client-id ownership
 * (with the check that a struct continuing a known one continues it in the same place).
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getCardMap, getCardText } from '../../../../shared/board/accessors.ts'
import { deleteCard, unlinkCards } from '../../../../shared/board/mutators.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import { getBoardRoots } from '../../../../shared/board/layout.ts'
import { SERVER_OWNER, checkUpdate } from '../../../../server/rooms/policy/index.ts'
import {
  Client,
  board,
  changes,
  contextFor,
  encodeStructs,
  expectAccepted,
  expectRefused,
  item,
  replica,
  tamper,
  type Deletion,
  type Offer,
} from './craft.ts'
import { itMirrorsCoded, type CodedMirrorRow } from './policyHarness.ts'

/**
 * Alice types "a" after card-1's "Hello" (the server has it), then "b", which Yjs merges into the
 * same item: her update from before the "a" holds one struct, "ab", half known to the server.
 * `serverEdit` changes the server's document after the "a".
 */
function mergedTyping(serverEdit: (server: Y.Doc) => void = () => undefined) {
  const { server, alice } = board()
  const before = Y.encodeStateVector(server)
  const text = getCardText(alice, 'card-1')!
  text.insert(5, 'a')
  Y.applyUpdate(server, Y.encodeStateAsUpdate(alice, before))
  text.insert(6, 'b')
  serverEdit(server)
  const update = Y.encodeStateAsUpdate(alice, before)
  return { server, alice, update, doc: server }
}

/** The first character of card-2's "Bye" in the server's document. */
function startOfBye(server: Y.Doc): Y.ID {
  return getCardText(server, 'card-2')!._start!.id
}

/** The moderator moves card-1 on the server; returns the board after it. */
function movedByModerator() {
  const { server } = board()
  const moderator = replica(server, Client.Moderator)
  Y.applyUpdate(
    server,
    changes(moderator, server, (doc) => getCardMap(doc, 'card-1')!.set('x', 7)),
  )
  return { server, alice: replica(server, Client.Alice) }
}

describe('update policy: updates that add nothing', () => {
  it('a re-sent handshake adds nothing, even with structs other participants and the server own', () => {
    const { server } = movedByModerator()
    expect(checkUpdate(server, Y.encodeStateAsUpdate(server), contextFor(server)).kind).toBe('adds-nothing')
    const { server: mirror, alice } = movedByModerator()
    getCardMap(alice, 'card-1')!.set('y', 1)
    expectAccepted({ doc: mirror, update: Y.encodeStateAsUpdate(alice) })
  })

  it('deletions the document already made add nothing; a new one adds something', () => {
    const { server, alice } = board()
    const update = changes(alice, server, (doc) => unlinkCards(doc, 'link-1'))
    expectAccepted({ doc: server, update })
    Y.applyUpdate(server, update)
    expect(checkUpdate(server, update, contextFor(server)).kind).toBe('adds-nothing')
  })

  it('deletions add something when a live struct follows deleted ones in a range, or a live range precedes a deleted one', () => {
    const { server, alice } = board()
    Y.applyUpdate(
      server,
      changes(alice, server, (doc) => deleteCard(doc, 'card-2')),
    )
    getCardMap(server, 'card-1')!.set('x', 1)
    const dead = getBoardRoots(server).cards._map.get('card-2')!.id
    const liveAfter = getCardMap(server, 'card-1')!._map.get('x')!.id
    const liveBefore = getCardMap(server, 'card-1')!._map.get('y')!.id
    const structs = Y.decodeUpdate(Y.encodeStateAsUpdate(server)).structs
    const offer = (deletions: Deletion[]) => ({ doc: server, update: encodeStructs(structs, deletions) })
    expect(checkUpdate(server, offer([[Client.Server, dead.clock, 1]]).update, contextFor(server)).kind).toBe(
      'adds-nothing',
    )
    expectAccepted(offer([[Client.Server, dead.clock, liveAfter.clock - dead.clock + 1]]))
    expectAccepted(
      offer([
        [Client.Server, liveBefore.clock, 1],
        [Client.Server, dead.clock, 1],
      ]),
    )
  })

  it('a deletion reaching past the state, or of nothing, is not "nothing": the structure checks refuse it', () => {
    const { server } = board()
    // The last struct is deleted: only the range's end tells that it reaches past the state.
    unlinkCards(server, 'link-1')
    const state = Y.getState(server.store, Client.Server)
    const structs = Y.decodeUpdate(Y.encodeStateAsUpdate(server)).structs
    expectRefused(
      { doc: server, update: encodeStructs(structs, [[Client.Server, state - 1, 2]]) },
      ErrorCode.UpdateRefused,
      /deletes edits the server lacks/,
    )
    expectRefused(
      { doc: server, update: encodeStructs(structs, [[Client.Server, state, 0]]) },
      ErrorCode.UpdateRefused,
      /deletes an empty range/,
    )
  })

  it('a struct only partly known adds something; wholly known, nothing', () => {
    const { server, update } = mergedTyping()
    expectAccepted({ doc: server, update })
    Y.applyUpdate(server, update)
    expect(checkUpdate(server, update, contextFor(server)).kind).toBe('adds-nothing')
  })
})

const FORBIDDEN = { code: ErrorCode.Forbidden, message: /written under another participant's identity/ }

const rows: CodedMirrorRow[] = [
  {
    rule: "the overlap attack: an item under the moderator's client id overlapping the end of the moderator's history is refused whole",
    refused: () => {
      const { server, alice } = movedByModerator()
      const update = changes(alice, server, (doc) => getCardMap(doc, 'card-1')!.set('x', 999))
      const state = Y.getState(server.store, Client.Moderator)
      return {
        doc: server,
        update: tamper(update, ([forged]) => {
          const item = forged as Y.Item
          item.id = Y.createID(Client.Moderator, state - 1)
          item.content = new Y.ContentAny([7, 999])
        }),
      }
    },
    accepted: () => mergedTyping(),
    ...FORBIDDEN,
  },
  {
    rule: 'a new struct under a client id the server owns is refused',
    refused: () => {
      const { server, alice } = board()
      const update = changes(alice, server, (doc) => getCardMap(doc, 'card-1')!.set('x', 5))
      const state = Y.getState(server.store, Client.Server)
      return {
        doc: server,
        update: tamper(update, ([item]) => void (item!.id = Y.createID(Client.Server, state))),
      }
    },
    accepted: () => {
      // The server's known structs next to Alice's new one are harmless duplicates.
      const { server, alice } = board()
      getCardMap(alice, 'card-1')!.set('x', 5)
      return { doc: server, update: Y.encodeStateAsUpdate(alice) }
    },
    ...FORBIDDEN,
  },
  {
    rule: "a new garbage struct under another participant's client id is refused (it would take the owner's clocks)",
    refused: () => {
      const { server } = movedByModerator()
      const state = Y.getState(server.store, Client.Moderator)
      return { doc: server, update: encodeStructs([new Y.GC(Y.createID(Client.Moderator, state), 3)]) }
    },
    accepted: () => {
      const { server } = movedByModerator()
      return { doc: server, update: encodeStructs([new Y.GC(Y.createID(Client.Alice, 0), 3)]) }
    },
    ...FORBIDDEN,
  },
  {
    rule: "a struct continuing the writer's known edit somewhere else is refused",
    refused: () => {
      const { server, update } = mergedTyping()
      return {
        doc: server,
        update: tamper(update, (structs) => void ((structs.at(-1) as Y.Item).origin = startOfBye(server))),
      }
    },
    accepted: () => mergedTyping(),
    code: ErrorCode.UpdateRefused,
    message: /continues a known edit somewhere else/,
  },
  {
    rule: 'a struct continuing an edit the server collected as garbage must land nowhere either',
    refused: () => {
      const { server, update } = mergedTyping((doc) => deleteCard(doc, 'card-1'))
      return {
        doc: server,
        update: tamper(update, (structs) => void ((structs.at(-1) as Y.Item).origin = startOfBye(server))),
      }
    },
    accepted: () => mergedTyping((doc) => deleteCard(doc, 'card-1')),
    code: ErrorCode.UpdateRefused,
    message: /continues a known edit somewhere else/,
  },
]

/**
 * Alice wrote a deleted entry under `firstKey` of the cards root (the server has it); her update
 * continues that struct with one more deleted clock under `secondKey`.
 */
function continuedEntry(firstKey: string, secondKey: string): Offer {
  const { server } = board()
  const entry = (key: string, length: number) =>
    item(Y.createID(Client.Alice, 0), { parent: 'cards', parentSub: key }, new Y.ContentDeleted(length))
  Y.applyUpdate(server, encodeStructs([entry(firstKey, 1)]))
  return { doc: server, update: encodeStructs([entry(secondKey, 2)]) }
}

describe('update policy: client-id ownership', () => {
  it("unclaimed client ids of stored state belong to 'server'", () => {
    expect(SERVER_OWNER).toBe('server')
  })

  it('a struct continuing a known edit under another key of the same map is refused', () => {
    expectRefused(
      continuedEntry('card-9', 'card-8'),
      ErrorCode.UpdateRefused,
      /continues a known edit somewhere else/,
    )
    expectAccepted(continuedEntry('card-9', 'card-9'))
  })

  itMirrorsCoded(rows)

  it('client ids nobody owns yet are returned as new; the writer’s own ids and known duplicates are not', () => {
    const { server } = board()
    const stranger = replica(server, Client.Unowned)
    const update = changes(stranger, server, (doc) => getCardMap(doc, 'card-1')!.set('x', 5))
    expect(expectAccepted({ doc: server, update }).verdict).toMatchObject({ newClientIds: [Client.Unowned] })
    const { server: mirror, alice } = board()
    getCardMap(alice, 'card-1')!.set('x', 5)
    expect(expectAccepted({ doc: mirror, update: Y.encodeStateAsUpdate(alice) }).verdict).toMatchObject({
      newClientIds: [],
    })
  })
})
