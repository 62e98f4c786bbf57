/**
 * @deprecated The single-document policy, still called by BoardRoom until the room is wired to
 * the per-document policy of ./policy/index.ts (checkUpdate with an UpdateContext); then delete it.
 *
 * What an inbound update must satisfy before the server applies it. Checks run on the decoded
 * update against the room's document, so nothing is applied that could leave the room unusable.
 * NOTE: this is the hot path. Every check is linear (or n·log n) in the size of the update and looks
 * the document up by id; none walks the whole document. Only an update that adds a card or a source
 * pays more (Y.Map#size).
 */
import * as Y from 'yjs'
import { canEdit, canModerate, type Role } from '../../shared/access.ts'
import { ROOT_TYPE_NAMES, RootType, getBoardRoots } from '../../shared/board/layout.ts'
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

/**
 * Throws a BoardError (with the reason) when `update` may not be applied to `doc` by a socket of
 * `role`; returns 'adds-nothing' when it holds no change at all, so that it need not be stored.
 */
export function checkUpdate(
  doc: Y.Doc,
  update: Uint8Array,
  role: Role,
  documentBytes: number,
  limits: UpdateLimits,
): 'apply' | 'adds-nothing' {
  if (update.length > limits.maxUpdateBytes) {
    throw new BoardError(ErrorCode.TooLarge, `An update may hold at most ${limits.maxUpdateBytes} bytes.`)
  }
  const decoded = decodeOrThrow(update)
  // Every handshake's step 2 carries the peer's whole delete set: most of them change nothing, and
  // are neither stored nor broadcast. A view-only peer may send those, and only those.
  if (addsNothing(doc, decoded)) return 'adds-nothing'
  if (!canEdit(role)) throw new BoardError(ErrorCode.Forbidden, 'This link can only view the board.')
  if (documentBytes + update.length > limits.maxDocumentBytes) {
    throw new BoardError(ErrorCode.LimitReached, 'This board has reached its size limit.')
  }
  const index = indexStructs(decoded.structs)
  checkDependencies(doc, decoded, index)
  for (const struct of decoded.structs) checkRootType(struct)
  checkCapacity(doc, decoded.structs, limits)
  if (!canModerate(role) && touchesMeta(doc, decoded, index)) {
    throw new BoardError(ErrorCode.Forbidden, 'Only a moderator can change the board title and motion.')
  }
  return 'apply'
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

function checkRootType(struct: Struct) {
  if (!(struct instanceof Y.Item)) return
  // NOTE: a decoded root parent arrives as its name, a string, which Yjs' types do not admit.
  const parent: unknown = struct.parent
  if (typeof parent === 'string' && !ROOT_TYPE_NAMES.has(parent)) {
    refuse(`The update writes to an unknown part of the board ("${parent.slice(0, 40)}").`)
  }
}

/**
 * Refuses an update that would take the board past its card or source limit. A new card or source
 * is an item written straight into the root map under a key the map lacks; an overwrite of an
 * existing key is positioned after the old value instead, and adds nothing.
 */
function checkCapacity(doc: Y.Doc, structs: Struct[], limits: UpdateLimits) {
  const roots = getBoardRoots(doc)
  const limited = [
    { root: RootType.Cards, map: roots.cards, max: limits.maxCardsPerBoard, what: 'cards' },
    { root: RootType.Sources, map: roots.sources, max: limits.maxSourcesPerBoard, what: 'articles' },
  ] as const
  for (const { root, map, max, what } of limited) {
    const added = new Set<string>()
    for (const struct of structs) {
      if (!(struct instanceof Y.Item) || (struct.parent as unknown) !== root) continue
      if (struct.parentSub === null || struct.content instanceof Y.ContentDeleted) continue
      if (!map.has(struct.parentSub)) added.add(struct.parentSub)
    }
    // Y.Map#size walks the map: paid only by the rare update that adds an entry.
    if (added.size > 0 && map.size + added.size > max) {
      throw new BoardError(ErrorCode.LimitReached, `A board may hold at most ${max} ${what}.`)
    }
  }
}

/** Whether an item of the document sits in the meta map, or in a type nested in it. */
function isInMetaDoc(item: Y.Item, meta: Y.Map<unknown>): boolean {
  let type: unknown = item.parent
  while (type instanceof Y.AbstractType) {
    if (type === meta) return true
    type = type._item?.parent
  }
  return false
}

/** Whether the update inserts into, or deletes from, the board's meta map (or anything inside it). */
function touchesMeta(doc: Y.Doc, decoded: DecodedUpdate, index: StructIndex): boolean {
  const meta = getBoardRoots(doc).meta
  const memo = new Map<Struct, boolean>()
  // Iterative, with a memo: a chain of items positioned against each other is walked once.
  const writesMeta = (start: Y.Item): boolean => {
    const path: Struct[] = []
    let current: Struct | undefined = start
    let result = false
    while (current) {
      const known = memo.get(current)
      if (known !== undefined) {
        result = known
        break
      }
      path.push(current)
      if (!(current instanceof Y.Item)) break
      const parent: unknown = current.parent
      if (typeof parent === 'string') {
        result = parent === RootType.Meta
        break
      }
      // A nested item is in meta if its parent's item is; a positioned one if its neighbour is.
      const ref = parent instanceof Y.ID ? parent : (current.origin ?? current.rightOrigin)
      if (!ref) break
      const next = findInUpdate(index, ref)
      if (next) {
        current = next
        continue
      }
      const inDoc = Y.getItem(doc.store, ref)
      result = inDoc instanceof Y.Item && (inDoc.parent === meta || isInMetaDoc(inDoc, meta))
      break
    }
    for (const struct of path) memo.set(struct, result)
    return result
  }
  if (decoded.structs.some((s) => s instanceof Y.Item && writesMeta(s))) return true
  let deletesMeta = false
  decoded.ds.clients.forEach((ranges, client) => {
    const structs = doc.store.clients.get(client)
    const state = Y.getState(doc.store, client)
    if (!structs || deletesMeta) return
    for (const range of ranges) {
      if (range.clock >= state) continue
      forEachStructIn(structs, range, (struct) => {
        // Deleting what is already deleted (an overwritten title, say) changes nothing.
        if (struct instanceof Y.Item && !struct.deleted && isInMetaDoc(struct, meta)) deletesMeta = true
        return !deletesMeta
      })
    }
  })
  return deletesMeta
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
