/**
 * The debate's rules in the update policy (PH17–PH19): the changes a real Yjs update makes to a
 * board document, as checkUpdate finds them, and the refusal of an update when one is refused.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getCardMap, getCardText } from '../../../../shared/board/accessors.ts'
import { getBoardRoots } from '../../../../shared/board/layout.ts'
import {
  addSource,
  createCard,
  deleteCard,
  linkCards,
  moveCard,
  setCardText,
  unlinkCards,
} from '../../../../shared/board/mutators.ts'
import type { CardInput } from '../../../../shared/board/schema.ts'
import {
  refuseChange,
  type BoardChange,
  type ChangeTarget,
  type Writer,
} from '../../../../shared/debate/boardRules.ts'
import { Format } from '../../../../shared/debate/formats.ts'
import { initialSession, type SessionState } from '../../../../shared/debate/session.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import { checkUpdate, type ChangeRules } from '../../../../server/rooms/policy/index.ts'
import {
  Client,
  SOURCE_TEXT,
  changes,
  contextFor,
  deletionsOf,
  encodeStructs,
  expectAccepted,
  expectRefused,
  replica,
  type Offer,
} from './craft.ts'

/** A classroom debate in its phase `phaseId`. */
function classroomAt(phaseId: string): SessionState {
  const session = initialSession(Format.Classroom)
  return { ...session, phaseIndex: session.phases.findIndex((phase) => phase.id === phaseId) }
}
const openings = classroomAt('openings')
const prepare = classroomAt('prepare')

const alice: Writer = { moderator: false, team: 'bull', authorId: 'alice-id' }
const moderator: Writer = { moderator: true, team: null, authorId: 'mod-id' }

/** A card of `authorId` for `team`, made in `phaseId`. */
function cardBy(team: 'bull' | 'bear', authorId: string, phaseId: string, text = 'An argument'): CardInput {
  return { stance: team, team, authorId, authorName: authorId, phaseId, x: 0, y: 0, text }
}
const ALICE_OPENING = { stance: 'bull', authorId: 'alice-id', phaseId: 'openings' }
const BOB_OPENING = { stance: 'bear', authorId: 'bob-id', phaseId: 'openings' }

/**
 * The server's board in the openings: Alice's bull card a-open and Bob's bear card b-open, two
 * links between them and an article; and Alice's copy of it.
 */
function debate() {
  const server = new Y.Doc()
  server.clientID = Client.Server
  createCard(server, cardBy('bull', 'alice-id', 'openings', 'Demand is strong'), { id: 'a-open', now: 1 })
  createCard(server, cardBy('bear', 'bob-id', 'openings', 'Prices fell'), { id: 'b-open', now: 2 })
  linkCards(server, { from: 'a-open', to: 'b-open', kind: 'rebuts' }, { id: 'link-1' })
  linkCards(server, { from: 'b-open', to: 'a-open', kind: 'supports' }, { id: 'link-2' })
  addSource(server, { title: 'Prices', language: 'en', text: SOURCE_TEXT, addedBy: 'Ada' }, { id: 'src-1' })
  return { server, client: replica(server, Client.Alice) }
}

/**
 * Alice's edit of her copy, offered to the server. `gc: false` keeps deleted values in her copy (as
 * an undo manager does), so the update holds them and its delete set deletes them.
 */
function aliceEdits(edit: (doc: Y.Doc) => void, { gc = true } = {}): { doc: Y.Doc; update: Uint8Array } {
  const { server, client } = debate()
  client.gc = gc
  return { doc: server, update: changes(client, server, edit) }
}

/** The rules of `writer` in `session`, recording every change they are asked about. */
function recordingRules(session: SessionState, writer: Writer, target: ChangeTarget = 'board') {
  const seen: BoardChange[] = []
  const rules: ChangeRules = {
    target,
    refuse: (change) => {
      seen.push(change)
      return refuseChange(session, writer, target, change)
    },
  }
  return { seen, rules }
}

/** The changes checkUpdate finds in the offer (judged by a moderator's rules, who may make them all). */
function changesFound({ doc, update }: { doc: Y.Doc; update: Uint8Array }): BoardChange[] {
  const { seen, rules } = recordingRules(openings, moderator)
  expect(checkUpdate(doc, update, contextFor(doc, { changes: rules })).kind).toBe('apply')
  return seen
}

/** The offer judged by `writer`'s rules in `session`. */
function judged(
  offer: { doc: Y.Doc; update: Uint8Array },
  session: SessionState,
  writer: Writer = alice,
  target: ChangeTarget = 'board',
): Offer {
  return { ...offer, context: { changes: recordingRules(session, writer, target).rules } }
}

const aliceCard = (doc: Y.Doc) => getCardMap(doc, 'a-open')!

describe('the changes an update makes', () => {
  it('[PH17] a card created and typed into in one update is one card-create', () => {
    const offer = aliceEdits((doc) => {
      createCard(doc, cardBy('bull', 'alice-id', 'openings', 'Hi'), { id: 'a-new' })
      setCardText(doc, 'a-new', 'Hi there, prices will rise')
    })
    expect(changesFound(offer)).toEqual([
      {
        kind: 'card-create',
        stance: 'bull',
        team: 'bull',
        authorId: 'alice-id',
        authorName: 'alice-id',
        phaseId: 'openings',
      },
    ])
    expectAccepted(judged(offer, openings))
  })

  it('[PH17] a new card reads only the fields the update gives it', () => {
    const offer = aliceEdits((doc) => getBoardRoots(doc).cards.set('a-bare', new Y.Map()))
    expect(changesFound(offer)).toEqual([
      { kind: 'card-create', stance: '', authorId: '', authorName: '', team: undefined, phaseId: undefined },
    ])
    expectRefused(judged(offer, openings), ErrorCode.PhaseLocked, /Only bull and bear cards/)
  })

  it('[PH17] typing into an existing card is one card-edit of its text, on the card as stored', () => {
    const offer = aliceEdits((doc) => setCardText(doc, 'a-open', 'Demand is still strong'))
    expect(changesFound(offer)).toEqual([{ kind: 'card-edit', field: 'text', card: ALICE_OPENING }])
    expectAccepted(judged(offer, openings))
  })

  it('[PH17] replacing words of a text (an insert and a deletion) is one card-edit', () => {
    const offer = aliceEdits((doc) => setCardText(doc, 'a-open', 'Supply is strong'))
    expect(Y.decodeUpdate(offer.update).ds.clients.size).toBe(1)
    expect(changesFound(offer)).toEqual([{ kind: 'card-edit', field: 'text', card: ALICE_OPENING }])
  })

  it('[PH17] an overwritten field is one card-edit with its new value', () => {
    const offer = aliceEdits((doc) => aliceCard(doc).set('authorName', 'Ally'))
    expect(changesFound(offer)).toEqual([
      { kind: 'card-edit', field: 'authorName', card: ALICE_OPENING, value: 'Ally' },
    ])
  })

  it.each([true, false])('[PH17] moving a card twice offline is one card-edit per field (gc %s)', (gc) => {
    const offer = aliceEdits(
      (doc) => {
        moveCard(doc, 'a-open', { x: 5, y: 6 })
        moveCard(doc, 'a-open', { x: 7, y: 8 })
      },
      { gc },
    )
    expect(changesFound(offer)).toEqual([
      { kind: 'card-edit', field: 'x', card: ALICE_OPENING, value: 7 },
      { kind: 'card-edit', field: 'y', card: ALICE_OPENING, value: 8 },
    ])
  })

  it('[PH17] deleting a field of a card is a card-edit of it without a value', () => {
    const offer = aliceEdits((doc) => aliceCard(doc).delete('authorName'))
    expect(changesFound(offer)).toEqual([{ kind: 'card-edit', field: 'authorName', card: ALICE_OPENING }])
  })

  it('[PH17] deleting a whole card is one card-delete, not edits of its fields', () => {
    const offer = aliceEdits((doc) => deleteCard(doc, 'a-open'))
    expect(changesFound(offer)).toEqual([{ kind: 'card-delete', card: ALICE_OPENING }])
    const bobs = aliceEdits((doc) => deleteCard(doc, 'b-open'))
    expect(changesFound(bobs)).toEqual([{ kind: 'card-delete', card: BOB_OPENING }])
  })

  it('[PH17] replacing a card under its key deletes the card that was there', () => {
    const offer = aliceEdits((doc) =>
      createCard(doc, cardBy('bull', 'alice-id', 'openings'), { id: 'b-open' }),
    )
    const found = changesFound(offer)
    expect(found.map((change) => change.kind)).toEqual(['card-create', 'card-delete'])
    expect(found[1]).toEqual({ kind: 'card-delete', card: BOB_OPENING })
    expectRefused(judged(offer, openings), ErrorCode.Forbidden, /Only its author or the moderator can remove/)
    // Without the deletion of the old entry, Yjs replaces it all the same.
    const { structs } = Y.decodeUpdate(offer.update)
    const stripped = { doc: offer.doc, update: encodeStructs(structs) }
    expect(changesFound(stripped).map((change) => change.kind)).toEqual(['card-create', 'card-delete'])
  })

  it('[PH17] linking and unlinking cards are link-changes, one per link', () => {
    const link = aliceEdits((doc) => linkCards(doc, { from: 'b-open', to: 'a-open', kind: 'rebuts' }))
    expect(changesFound(link)).toEqual([{ kind: 'link-change' }])
    const unlink = aliceEdits((doc) => unlinkCards(doc, 'link-1'))
    expect(changesFound(unlink)).toEqual([{ kind: 'link-change' }])
    expectRefused(judged(unlink, openings), ErrorCode.PhaseLocked, /Links cannot be made or removed/)
    const both = aliceEdits((doc) =>
      doc.transact(() => ['link-1', 'link-2'].forEach((id) => unlinkCards(doc, id))),
    )
    expect(Y.decodeUpdate(both.update).ds.clients.get(Client.Server)).toHaveLength(1)
    expect(changesFound(both)).toEqual([{ kind: 'link-change' }, { kind: 'link-change' }])
  })

  it('[PH17] adding an article is one source-add, removing it one source-remove, each field written one source-edit', () => {
    const added = aliceEdits((doc) =>
      addSource(doc, { title: 'Rates', language: 'en', text: 'Rates rose.', addedBy: 'Al' }),
    )
    expect(changesFound(added)).toEqual([{ kind: 'source-add' }])
    const retitled = aliceEdits((doc) => getBoardRoots(doc).sources.get('src-1')!.set('title', 'Costs'))
    expect(changesFound(retitled)).toEqual([{ kind: 'source-edit', field: 'title' }])
    const moved = aliceEdits((doc) =>
      doc.transact(() => {
        getBoardRoots(doc).sources.get('src-1')!.set('position', 3)
        getBoardRoots(doc).sources.get('src-1')!.set('title', 'Costs')
      }),
    )
    expect(changesFound(moved)).toEqual([
      { kind: 'source-edit', field: 'position' },
      { kind: 'source-edit', field: 'title' },
    ])
    const removed = aliceEdits((doc) => getBoardRoots(doc).sources.delete('src-1'))
    expect(changesFound(removed)).toEqual([{ kind: 'source-remove' }])
  })

  it('[PH17] the first card and article of a document that has none are found', () => {
    const drafts = new Y.Doc()
    drafts.clientID = Client.Server
    const client = replica(drafts, Client.Alice)
    const update = changes(client, drafts, (doc) => {
      createCard(doc, cardBy('bull', 'alice-id', 'prepare'))
      addSource(doc, { title: 'Rates', language: 'en', text: 'Rates rose.', addedBy: 'Al' })
    })
    const found = changesFound({ doc: drafts, update })
    expect(found.map((change) => change.kind)).toEqual(['card-create', 'source-add'])
  })

  it('[PH17] what the document holds already is no change: a step 2 carrying a move is the move', () => {
    const { server, client } = debate()
    Y.applyUpdate(
      server,
      changes(client, server, (doc) => aliceCard(doc).set('authorName', 'Ally')),
    )
    moveCard(client, 'a-open', { x: 3, y: 4 })
    // Every struct and deletion Alice has, the known ones included, as a handshake's step 2 sends them.
    const offer = { doc: server, update: Y.encodeStateAsUpdate(client) }
    expect(changesFound(offer)).toEqual([
      { kind: 'card-edit', field: 'x', card: ALICE_OPENING, value: 3 },
      { kind: 'card-edit', field: 'y', card: ALICE_OPENING, value: 4 },
    ])
  })

  it('[PH17] writing into a card the document deleted is no change', () => {
    const { server, client } = debate()
    // Without garbage collection the deleted card keeps its map, so the edit finds a place in it.
    server.gc = false
    deleteCard(server, 'b-open')
    const offer = {
      doc: server,
      update: changes(client, server, (doc) => moveCard(doc, 'b-open', { x: 1, y: 1 })),
    }
    expect(changesFound(offer)).toEqual([])
    expectAccepted(judged(offer, openings))
  })

  it('[PH17] a place nested inside a card is part of its field; deeper than any schema, of nothing', () => {
    const { server } = debate()
    // Only an older server stored such places: 12 maps nested in a field no schema has.
    const nested = (depth: number): Y.Map<unknown> =>
      new Y.Map<unknown>([['k', depth === 0 ? 1 : nested(depth - 1)]])
    aliceCard(server).set('junk', nested(12))
    /** Alice deletes the entry `k` of the map `depth` levels below the field. */
    const deleteAt = (depth: number) => {
      const client = replica(server, Client.Alice)
      const update = changes(client, server, (doc) => {
        let map = getCardMap(doc, 'a-open')!.get('junk') as Y.Map<unknown>
        for (let i = 0; i < depth; i++) map = map.get('k') as Y.Map<unknown>
        map.delete('k')
      })
      return { doc: server, update }
    }
    expect(changesFound(deleteAt(1))).toEqual([{ kind: 'card-edit', field: 'junk', card: ALICE_OPENING }])
    expect(changesFound(deleteAt(12))).toEqual([])
  })

  it('[PH17] characters of another’s card deleted by the delete set alone are an edit of it', () => {
    const { server } = debate()
    const first = getCardText(server, 'b-open')!._start!.id
    const offer = { doc: server, update: encodeStructs([], [[first.client, first.clock, 1]]) }
    expect(changesFound(offer)).toEqual([{ kind: 'card-edit', field: 'text', card: BOB_OPENING }])
    expectRefused(judged(offer, openings), ErrorCode.Forbidden, /Only its author or the moderator can change/)
  })

  it('[PH18] a linked card of one’s own is removed with its link in a phase without links', () => {
    expectAccepted(
      judged(
        aliceEdits((doc) => deleteCard(doc, 'a-open')),
        openings,
      ),
    )
  })

  it.each([true, false])('[PH18] a card made and removed within one update is no change (gc %s)', (gc) => {
    const offer = aliceEdits(
      (doc) => {
        createCard(doc, cardBy('bear', 'alice-id', 'openings'), { id: 'a-gone' })
        deleteCard(doc, 'a-gone')
      },
      { gc },
    )
    expect(changesFound(offer)).toEqual([])
    expectAccepted(judged(offer, openings))
  })

  it('[PH18] a card made and removed after edits the document holds is no change either', () => {
    const { server, client } = debate()
    Y.applyUpdate(
      server,
      changes(client, server, (doc) => moveCard(doc, 'a-open', { x: 1, y: 1 })),
    )
    const offer = {
      doc: server,
      update: changes(client, server, (doc) => {
        createCard(doc, cardBy('bear', 'alice-id', 'openings'), { id: 'a-gone' })
        deleteCard(doc, 'a-gone')
      }),
    }
    expect(changesFound(offer)).toEqual([])
  })

  it('[PH18] a new card given two stances is its card-create and an edit of its stance', () => {
    const { server, client } = debate()
    // Keep the first stance's value in the update, as a forger would, and drop its deletion.
    client.gc = false
    const honest = changes(client, server, (doc) => {
      createCard(doc, cardBy('bull', 'alice-id', 'openings'), { id: 'a-two' })
      getCardMap(doc, 'a-two')!.set('stance', 'bear')
    })
    const offer = { doc: server, update: encodeStructs(Y.decodeUpdate(honest).structs) }
    const found = changesFound(offer)
    expect(found).toEqual([
      expect.objectContaining({ kind: 'card-create', stance: 'bull' }),
      { kind: 'card-edit', field: 'stance', card: ALICE_OPENING, value: 'bear' },
    ])
    expectRefused(
      judged(offer, openings),
      ErrorCode.Forbidden,
      /side, team, author and phase cannot be changed/,
    )
  })
})

describe('refusing an update for a change the debate does not allow', () => {
  /** Alice's allowed edits: a move, some typing and a new bull card; `more` adds to them. */
  const allowedEdits = (more?: (doc: Y.Doc) => void) =>
    aliceEdits((doc) => {
      moveCard(doc, 'a-open', { x: 40, y: 40 })
      setCardText(doc, 'a-open', 'Demand is strong and growing')
      createCard(doc, cardBy('bull', 'alice-id', 'openings'), { id: 'a-second' })
      more?.(doc)
    })

  /** The same update with the stance of its new card `cardKey` forged to bear. */
  function forgedBear(update: Uint8Array, cardKey: string): Uint8Array {
    const { structs } = Y.decodeUpdate(update)
    const card = structs.find((s) => s instanceof Y.Item && s.parentSub === cardKey)!
    const isStanceOfCard = (s: (typeof structs)[number]): s is Y.Item =>
      s instanceof Y.Item &&
      s.parentSub === 'stance' &&
      s.parent instanceof Y.ID &&
      Y.compareIDs(s.parent, card.id)
    structs.find(isStanceOfCard)!.content = new Y.ContentAny(['bear'])
    return encodeStructs(structs, deletionsOf(update))
  }

  it('[PH19] a bear card hidden among a bull member’s allowed edits refuses the whole update', () => {
    const honest = allowedEdits((doc) =>
      createCard(doc, cardBy('bull', 'alice-id', 'openings'), { id: 'a-third' }),
    )
    expectAccepted(judged(honest, openings))
    const forged = { doc: honest.doc, update: forgedBear(honest.update, 'a-third') }
    expectRefused(judged(forged, openings), ErrorCode.Forbidden, /Your team argues the bull side/)
    // Every change but the bear card is one the rules allow.
    const { seen, rules } = recordingRules(openings, alice)
    expect(() => checkUpdate(forged.doc, forged.update, contextFor(forged.doc, { changes: rules }))).toThrow()
    const refused = seen.filter((change) => refuseChange(openings, alice, 'board', change) !== null)
    expect(refused).toEqual([expect.objectContaining({ kind: 'card-create', stance: 'bear' })])
  })

  it('[PH19] typing into another’s card among one’s own edits refuses the whole update', () => {
    const offer = allowedEdits((doc) => setCardText(doc, 'b-open', 'Prices fell, then rose'))
    expectRefused(judged(offer, openings), ErrorCode.Forbidden, /Only its author or the moderator can change/)
    expectAccepted(judged(allowedEdits(), openings))
  })

  it('[PH19] without the debate’s rules the same update is accepted', () => {
    const offer = allowedEdits((doc) => createCard(doc, cardBy('bear', 'alice-id', 'openings')))
    expectRefused(judged(offer, openings), ErrorCode.Forbidden, /Your team argues the bull side/)
    expectAccepted(offer)
  })

  it('[PH19] the structural checks come first: a field outside the schema is UPDATE_REFUSED', () => {
    const offer = allowedEdits((doc) => {
      createCard(doc, cardBy('bear', 'alice-id', 'openings'))
      aliceCard(doc).set('toString', 1)
    })
    expectRefused(judged(offer, openings), ErrorCode.UpdateRefused, /is not a field of/)
  })

  it('[PH19] the rules come before the capacity check', () => {
    /** The offer judged by Alice's rules on a board holding as many cards as it may. */
    const onFullBoard = (stance: 'bull' | 'bear'): Offer => {
      const offer = judged(
        aliceEdits((doc) => createCard(doc, cardBy(stance, 'alice-id', 'openings'))),
        openings,
      )
      return { ...offer, context: { ...offer.context, countEntries: () => 100 } }
    }
    expectRefused(onFullBoard('bear'), ErrorCode.Forbidden)
    expectRefused(onFullBoard('bull'), ErrorCode.LimitReached)
  })

  it('[PH19] in a draft phase a member edits a teammate’s card in drafts, not on the board', () => {
    const drafts = new Y.Doc()
    drafts.clientID = Client.Server
    createCard(drafts, cardBy('bull', 'dave-id', 'prepare', 'Costs fall'), { id: 'd-draft' })
    const client = replica(drafts, Client.Alice)
    const offer = {
      doc: drafts,
      update: changes(client, drafts, (doc) => setCardText(doc, 'd-draft', 'Costs fall fast')),
    }
    expectAccepted(judged(offer, prepare, alice, 'drafts'))
    expectRefused(judged(offer, prepare, alice, 'board'), ErrorCode.PhaseLocked, /private phase/)
    expectRefused(judged(offer, openings, alice, 'drafts'), ErrorCode.PhaseLocked, /drafting is over/)
  })
})
