/**
 * What an inbound update must satisfy before the server applies it. Checks run on the decoded
 * update against the room's document, so nothing is applied that could leave the room unusable.
 * NOTE: this is the hot path. Every check is linear (or n·log n) in the size of the update and looks
 * the document up by id; none walks the whole document (capacity uses counters the room keeps).
 */
import * as Y from 'yjs'
import { RootType } from '../../shared/board/layout.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { Limits } from '../limits/limitsConfig.ts'

export type UpdateLimits = Pick<
  Limits,
  'maxUpdateBytes' | 'maxDocumentBytes' | 'maxCardsPerBoard' | 'maxSourcesPerBoard'
>

type Struct = Y.Item | Y.GC | Y.Skip
type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>
/** The structs of an update by client, each list in clock order. */
type StructIndex = Map<number, Struct[]>

export interface UpdateContext {
  /** The root types the document may hold. */
  roots: ReadonlySet<string>
  /** The participant id of the sender. */
  writer: string
  /** Who owns a Yjs client id: a participant id, SERVER_OWNER, or undefined when nobody has written with it. */
  ownerOf: (clientId: number) => string | undefined
  /** Bytes the document holds in storage now. */
  documentBytes: number
  /** Live entries of a capacity-limited root map, kept incrementally by the room. */
  countEntries: (root: string) => number
  limits: UpdateLimits
}

/** What the room does with an update that passed every check. */
export type UpdateVerdict = { kind: 'adds-nothing' } | { kind: 'apply'; newClientIds: number[] }

/**
 * Throws a BoardError (with the reason) when `update` may not be applied to `doc` by `context.writer`;
 * returns 'adds-nothing' when it holds no change at all, so that it need not be stored.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, context: UpdateContext): UpdateVerdict {
  const { limits } = context
  if (update.length > limits.maxUpdateBytes) {
    throw new BoardError(ErrorCode.TooLarge, `An update may hold at most ${limits.maxUpdateBytes} bytes.`)
  }
  const decoded = decodeOrThrow(update)
  // Every handshake's step 2 carries the peer's whole delete set: most of them change nothing, and
  // are neither stored nor broadcast.
  if (addsNothing(doc, decoded)) return { kind: 'adds-nothing' }
  if (context.documentBytes + update.length > limits.maxDocumentBytes) {
    throw new BoardError(ErrorCode.LimitReached, 'This board has reached its size limit.')
  }
  const index = indexStructs(decoded.structs)
  const newClientIds = checkOwnership(doc, index, context)
  checkDependencies(doc, decoded, index)
  for (const struct of decoded.structs) checkRootType(struct, context.roots)
  checkCapacity(doc, decoded.structs, context)
  return { kind: 'apply', newClientIds }
}

/**
 * New structs may only be written under the sender's own client ids: a participant who could write
 * under another's id could overwrite that participant's history (and the server's).
 */
function checkOwnership(doc: Y.Doc, index: StructIndex, context: UpdateContext): number[] {
  const unowned: number[] = []
  for (const [client, structs] of index) {
    const last = structs.at(-1)!
    if (last.id.clock + last.length <= Y.getState(doc.store, client)) continue
    const owner = context.ownerOf(client)
    if (owner === undefined) unowned.push(client)
    else if (owner !== context.writer)
      throw new BoardError(ErrorCode.Forbidden, "This edit was written under another participant's identity.")
  }
  return unowned
}

function decodeOrThrow(update: Uint8Array): DecodedUpdate {
  try {
    return Y.decodeUpdate(update)
  } catch {
    throw new BoardError(ErrorCode.MalformedMessage, 'The update could not be decoded.')
  }
}

function refuse(reason: string): never {
  throw new BoardError(ErrorCode.UpdateRefused, reason)
}

function indexStructs(structs: Struct[]): StructIndex {
  const byClient: StructIndex = new Map()
  for (const struct of structs) {
    if (struct instanceof Y.Skip) refuse('The update has gaps (skipped structs).')
    const list = byClient.get(struct.id.client) ?? []
    const previous = list.at(-1)
    // Yjs writes each client's structs once, in clock order; a hand-made update may not.
    if (previous && struct.id.clock < previous.id.clock + previous.length)
      refuse('The update lists structs out of order.')
    list.push(struct)
    byClient.set(struct.id.client, list)
  }
  return byClient
}

/** The struct of the update that holds `id`, by binary search in its client's list. */
function findInUpdate(index: StructIndex, id: Y.ID): Struct | undefined {
  const list = index.get(id.client)
  if (!list) return undefined
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const struct = list[middle]!
    if (id.clock < struct.id.clock) high = middle - 1
    else if (id.clock >= struct.id.clock + struct.length) low = middle + 1
    else return struct
  }
  return undefined
}

/** The ids an item needs before Yjs can integrate it. */
function referencesOf(item: Y.Item): Y.ID[] {
  const parent: unknown = item.parent
  const refs: Y.ID[] = []
  if (item.origin) refs.push(item.origin)
  if (item.rightOrigin) refs.push(item.rightOrigin)
  if (parent instanceof Y.ID) refs.push(parent)
  return refs
}

/**
 * Every struct must continue its client's history and point only at structs that exist, in the
 * document or earlier in the update's dependency order: otherwise Yjs would keep it pending.
 */
function checkDependencies(doc: Y.Doc, decoded: DecodedUpdate, index: StructIndex) {
  const inDoc = (id: Y.ID) => id.clock < Y.getState(doc.store, id.client)
  for (const [client, structs] of index) {
    let expected = Y.getState(doc.store, client)
    for (const struct of structs) {
      if (struct.id.clock > expected) refuse('The update depends on edits the server lacks.')
      expected = Math.max(expected, struct.id.clock + struct.length)
    }
  }
  // Kahn's algorithm over the structs that are new to the document: a cycle would stay pending.
  const waitingOn = new Map<Struct, number>()
  const dependents = new Map<Struct, Struct[]>()
  const ready: Struct[] = []
  for (const structs of index.values()) {
    structs.forEach((struct, i) => {
      const needs: Struct[] = []
      if (i > 0) needs.push(structs[i - 1]!)
      if (struct instanceof Y.Item) {
        if (struct.origin === null && struct.rightOrigin === null && struct.parent === null) {
          refuse('The update has an item with no position.')
        }
        for (const ref of referencesOf(struct)) {
          if (inDoc(ref)) continue
          const target = findInUpdate(index, ref)
          if (!target) refuse('The update depends on edits the server lacks.')
          if (target === struct) refuse('The update has an item positioned against itself.')
          needs.push(target)
        }
      }
      waitingOn.set(struct, needs.length)
      if (needs.length === 0) ready.push(struct)
      for (const need of needs) {
        const list = dependents.get(need)
        if (list) list.push(struct)
        else dependents.set(need, [struct])
      }
    })
  }
  let integrated = 0
  while (ready.length > 0) {
    const struct = ready.pop()!
    integrated++
    for (const dependent of dependents.get(struct) ?? []) {
      const left = waitingOn.get(dependent)! - 1
      waitingOn.set(dependent, left)
      if (left === 0) ready.push(dependent)
    }
  }
  if (integrated !== decoded.structs.length) refuse('The update has circular dependencies.')
  decoded.ds.clients.forEach((ranges, client) => {
    const structs = index.get(client)
    const last = structs?.at(-1)
    const end = Math.max(Y.getState(doc.store, client), last ? last.id.clock + last.length : 0)
    if (ranges.some((range) => range.clock + range.len > end))
      refuse('The update deletes edits the server lacks.')
  })
}

function checkRootType(struct: Struct, roots: ReadonlySet<string>) {
  if (!(struct instanceof Y.Item)) return
  // NOTE: a decoded root parent arrives as its name, a string, which Yjs' types do not admit.
  const parent: unknown = struct.parent
  if (typeof parent === 'string' && !roots.has(parent)) {
    refuse(`The update writes to an unknown part of the board ("${parent.slice(0, 40)}").`)
  }
}

/**
 * Refuses an update that would take the board past its card or source limit. A new card or source
 * is an item written straight into the root map under a key the map lacks; an overwrite of an
 * existing key is positioned after the old value instead, and adds nothing.
 */
function checkCapacity(doc: Y.Doc, structs: Struct[], context: UpdateContext) {
  const { limits } = context
  const limited = [
    { root: RootType.Cards, max: limits.maxCardsPerBoard, what: 'cards' },
    { root: RootType.Sources, max: limits.maxSourcesPerBoard, what: 'articles' },
  ] as const
  for (const { root, max, what } of limited) {
    if (!context.roots.has(root)) continue
    const map = doc.getMap(root)
    const added = new Set<string>()
    for (const struct of structs) {
      if (!(struct instanceof Y.Item) || (struct.parent as unknown) !== root) continue
      if (struct.parentSub === null || struct.content instanceof Y.ContentDeleted) continue
      if (!map.has(struct.parentSub)) added.add(struct.parentSub)
    }
    if (added.size > 0 && context.countEntries(root) + added.size > max) {
      throw new BoardError(ErrorCode.LimitReached, `A board may hold at most ${max} ${what}.`)
    }
  }
}

/** Calls `visit` on each struct overlapping `range`, in clock order, while it returns true. */
function forEachStructIn(
  structs: (Y.Item | Y.GC)[],
  range: { clock: number; len: number },
  visit: (struct: Y.Item | Y.GC) => boolean,
) {
  for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
    const struct = structs[i]!
    if (struct.id.clock >= range.clock + range.len || !visit(struct)) return
  }
}

/**
 * Whether the document already holds everything in the update: every struct, and every deletion
 * already made. Linear in the update (its delete ranges), never a walk of the whole document.
 */
function addsNothing(doc: Y.Doc, decoded: DecodedUpdate): boolean {
  const known = (struct: Struct) => struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)
  if (!decoded.structs.every(known)) return false
  let nothing = true
  decoded.ds.clients.forEach((ranges, client) => {
    const structs = doc.store.clients.get(client)
    const state = Y.getState(doc.store, client)
    for (const range of ranges) {
      if (!nothing) return
      if (!structs || range.clock + range.len > state) nothing = false
      else forEachStructIn(structs, range, (struct) => (nothing = struct.deleted))
    }
  })
  return nothing
}
