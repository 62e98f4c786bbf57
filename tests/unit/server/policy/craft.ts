/**
 * Real Yjs updates for the update policy's table tests, and the tools to tamper with them: decode
 * an update, change its structs, encode them again by hand.
 */
import * as encoding from 'lib0/encoding'
import { expect } from 'vitest'
import * as Y from 'yjs'
import { getCardMap, getCardText } from '../../../../shared/board/accessors.ts'
import { getBoardRoots } from '../../../../shared/board/layout.ts'
import { createCard, addSource, linkCards } from '../../../../shared/board/mutators.ts'
import { BOARD_DOCUMENT_SCHEMA } from '../../../../shared/board/documentSchemas.ts'
import { BoardError, type ErrorCode } from '../../../../shared/errors.ts'
import { checkUpdate, SERVER_OWNER, type UpdateContext } from '../../../../server/rooms/policy/index.ts'

type Struct = Y.Item | Y.GC | Y.Skip

/** Client ids of the fixtures, and who owns them. */
export const Client = { Server: 1, Alice: 2, Moderator: 3, Unowned: 9 } as const
const OWNERS = new Map<number, string>([
  [Client.Server, SERVER_OWNER],
  [Client.Alice, 'alice'],
  [Client.Moderator, 'moderator'],
])

export const author = { authorId: 'alice-id', authorName: 'Alice' }
export const SOURCE_TEXT = 'Demand is strong because prices fell.'

/** A deletion: [client, clock, length]. */
export type Deletion = [number, number, number]

/** Encodes sections of structs (each one client's run, from its first struct's clock) and deletions, as Yjs v1 does. */
export function encodeSections(sections: Struct[][], deletions: Deletion[] = []): Uint8Array {
  const encoder = new Y.UpdateEncoderV1()
  encoding.writeVarUint(encoder.restEncoder, sections.length)
  for (const structs of sections) {
    encoding.writeVarUint(encoder.restEncoder, structs.length)
    encoder.writeClient(structs[0]!.id.client)
    encoding.writeVarUint(encoder.restEncoder, structs[0]!.id.clock)
    for (const struct of structs) struct.write(encoder, 0)
  }
  const byClient = new Map<number, Deletion[]>()
  for (const deletion of deletions)
    byClient.set(deletion[0], [...(byClient.get(deletion[0]) ?? []), deletion])
  encoding.writeVarUint(encoder.restEncoder, byClient.size)
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(encoder.restEncoder, client)
    encoding.writeVarUint(encoder.restEncoder, ranges.length)
    for (const [, clock, len] of ranges) {
      encoding.writeVarUint(encoder.restEncoder, clock)
      encoding.writeVarUint(encoder.restEncoder, len)
    }
  }
  return encoder.toUint8Array()
}

/** Encodes structs, one section per run of a client, and deletions. */
export function encodeStructs(structs: Struct[], deletions: Deletion[] = []): Uint8Array {
  const sections: Struct[][] = []
  for (const struct of structs) {
    const last = sections.at(-1)
    if (last && last[0]!.id.client === struct.id.client) last.push(struct)
    else sections.push([struct])
  }
  return encodeSections(sections, deletions)
}

/** The deletions of a decoded update, to encode them again. */
export function deletionsOf(update: Uint8Array): Deletion[] {
  const deletions: Deletion[] = []
  Y.decodeUpdate(update).ds.clients.forEach((ranges, client) => {
    for (const { clock, len } of ranges) deletions.push([client, clock, len])
  })
  return deletions
}

/** Decodes `update`, lets `change` edit its structs (or return new ones), and encodes it again. */
export function tamper(update: Uint8Array, change: (structs: Struct[]) => Struct[] | void): Uint8Array {
  const { structs } = Y.decodeUpdate(update)
  return encodeStructs(change(structs) ?? structs, deletionsOf(update))
}

/** A new item as a decoded update holds it: a parent (root name or id) or neighbours, and content. */
export function item(
  id: Y.ID,
  place: { parent?: string | Y.ID; parentSub?: string; origin?: Y.ID; rightOrigin?: Y.ID },
  content: ConstructorParameters<typeof Y.Item>[7],
): Y.Item {
  const parent = (place.parent ?? null) as unknown as Y.AbstractType<Y.YEvent<Y.Map<unknown>>>
  return new Y.Item(
    id,
    null,
    place.origin ?? null,
    null,
    place.rightOrigin ?? null,
    parent,
    place.parentSub ?? null,
    content,
  )
}

/** One plain value as Y.Map#set stores it. */
export const any = (value: unknown) => new Y.ContentAny([value])

/**
 * The server's board document (written by the server's client id): cards "Hello" and "Bye", an
 * article and a link; and Alice's copy of it.
 */
export function board() {
  const server = new Y.Doc()
  server.clientID = Client.Server
  const sourceId = addSource(
    server,
    { title: 'Prices', language: 'en', text: SOURCE_TEXT, addedBy: 'Ada' },
    { id: 'src-1', now: 1 },
  )
  const card = createCard(
    server,
    { stance: 'bull', x: 0, y: 0, text: 'Hello', ...author },
    { id: 'card-1', now: 2 },
  )
  createCard(server, { stance: 'bear', x: 9, y: 9, text: 'Bye', ...author }, { id: 'card-2', now: 3 })
  linkCards(server, { from: 'card-1', to: 'card-2', kind: 'rebuts' }, { id: 'link-1' })
  const alice = replica(server, Client.Alice)
  return { server, alice, card, sourceId }
}

/** A copy of `doc` writing under `clientId`. */
export function replica(doc: Y.Doc, clientId: number): Y.Doc {
  const copy = new Y.Doc()
  copy.clientID = clientId
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

/** What `edit` changes in `from`, as the update the server lacks. */
export function changes(from: Y.Doc, server: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(server)
  edit(from)
  return Y.encodeStateAsUpdate(from, before)
}

/** The context of an update from Alice to `doc`, with generous limits. */
export function contextFor(doc: Y.Doc, overrides: Partial<UpdateContext> = {}): UpdateContext {
  return {
    schema: BOARD_DOCUMENT_SCHEMA,
    writer: 'alice',
    ownerOf: (clientId) => OWNERS.get(clientId),
    documentBytes: 0,
    countEntries: (root) => doc.getMap(root).size,
    limits: {
      maxUpdateBytes: 1 << 20,
      maxDocumentBytes: 1 << 24,
      maxCardsPerBoard: 100,
      maxSourcesPerBoard: 10,
    },
    ...overrides,
  }
}

/** An update offered to a document, as one row of a table test builds it. */
export interface Offer {
  doc: Y.Doc
  update: Uint8Array
  context?: Partial<UpdateContext>
}

/** Asserts that the policy refuses the offer with `code` (and a message matching `message`). */
export function expectRefused({ doc, update, context }: Offer, code: ErrorCode, message?: string | RegExp) {
  let thrown: unknown
  try {
    checkUpdate(doc, update, contextFor(doc, context))
  } catch (error) {
    thrown = error
  }
  expect(thrown, 'the update was accepted').toBeInstanceOf(BoardError)
  expect((thrown as BoardError).code).toBe(code)
  if (message !== undefined) expect((thrown as BoardError).message).toMatch(message)
}

/**
 * Asserts that the policy accepts the offer, that Yjs then integrates all of it (nothing pending)
 * into a copy of the document, and that the same update offered again adds nothing; returns the
 * verdict and that copy.
 */
export function expectAccepted({ doc, update, context }: Offer) {
  const verdict = checkUpdate(doc, update, contextFor(doc, context))
  expect(verdict.kind).toBe('apply')
  const copy = replica(doc, 99)
  Y.applyUpdate(copy, update)
  expect(copy.store.pendingStructs).toBeNull()
  expect(copy.store.pendingDs).toBeNull()
  expect(checkUpdate(copy, update, contextFor(copy, context)).kind).toBe('adds-nothing')
  return { verdict, copy }
}

/** Alice's edit of her copy of the board, as an offer to the server. */
export function edit(change: (doc: Y.Doc) => void): Offer {
  const { server, alice } = board()
  return { doc: server, update: changes(alice, server, change) }
}

/** The id of the item holding card-1's current value under `key`, in `doc`. */
export function valueItemOf(doc: Y.Doc, key: string): Y.ID {
  return getCardMap(doc, 'card-1')!._map.get(key)!.id
}

/** The id of the item holding card-1's map. */
export function cardItemOf(doc: Y.Doc): Y.ID {
  return getBoardRoots(doc).cards._map.get('card-1')!.id
}

/** Card-1's map in `doc`. */
export const card = (doc: Y.Doc) => getCardMap(doc, 'card-1')!
/** Card-1's text in `doc`. */
export const text = (doc: Y.Doc) => getCardText(doc, 'card-1')!
