/**
 * What an inbound update must satisfy before the server applies it. Checks run on the decoded
 * update against the room's document, so nothing is applied that could leave the room unusable.
 */
import * as Y from 'yjs'
import { canEdit, canModerate, type Role } from '../../shared/access.ts'
import { ROOT_TYPE_NAMES, RootType, getBoardRoots } from '../../shared/board/layout.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'

export interface UpdateLimits {
  /** The largest single update accepted, in bytes. */
  maxUpdateBytes: number
  /** The largest a board's stored state may grow to, in bytes. */
  maxDocumentBytes: number
}

export const DEFAULT_UPDATE_LIMITS: UpdateLimits = {
  maxUpdateBytes: 2 * 1024 * 1024,
  maxDocumentBytes: 20 * 1024 * 1024,
}

type Struct = Y.Item | Y.GC | Y.Skip

/** A decoded item's parent: NOTE a root type arrives as its name, a string, which Yjs' types do not admit. */
function parentOf(item: Y.Item): unknown {
  return item.parent
}

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
  if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return 'adds-nothing'
  if (!canEdit(role)) {
    // A view-only peer still answers the handshake with its state; that is fine as long as it adds nothing.
    if (Y.snapshotContainsUpdate(Y.snapshot(doc), update)) return 'adds-nothing'
    throw new BoardError(ErrorCode.Forbidden, 'This link can only view the board.')
  }
  if (documentBytes + update.length > limits.maxDocumentBytes) {
    throw new BoardError(ErrorCode.LimitReached, 'This board has reached its size limit.')
  }
  const index = indexStructs(decoded.structs)
  checkDependencies(doc, decoded, index)
  for (const struct of decoded.structs) checkRootType(struct)
  if (!canModerate(role) && touchesMeta(doc, decoded, index)) {
    throw new BoardError(ErrorCode.Forbidden, 'Only a moderator can change the board title and motion.')
  }
  return 'apply'
}

function decodeOrThrow(update: Uint8Array) {
  try {
    return Y.decodeUpdate(update)
  } catch {
    throw new BoardError(ErrorCode.MalformedMessage, 'The update could not be decoded.')
  }
}

function refuse(reason: string): never {
  throw new BoardError(ErrorCode.UpdateRefused, reason)
}

/** Structs of the update by client, for resolving ids that point inside the update itself. */
function indexStructs(structs: Struct[]) {
  const byClient = new Map<number, Struct[]>()
  for (const struct of structs) {
    if (struct instanceof Y.Skip) refuse('The update has gaps (skipped structs).')
    const list = byClient.get(struct.id.client) ?? []
    list.push(struct)
    byClient.set(struct.id.client, list)
  }
  return byClient
}

function findInUpdate(index: Map<number, Struct[]>, id: Y.ID): Struct | undefined {
  return index.get(id.client)?.find((s) => s.id.clock <= id.clock && id.clock < s.id.clock + s.length)
}

/** Every struct must continue its client's history and point only at structs that exist. */
function checkDependencies(
  doc: Y.Doc,
  decoded: ReturnType<typeof Y.decodeUpdate>,
  index: Map<number, Struct[]>,
) {
  const known = (id: Y.ID) =>
    id.clock < Y.getState(doc.store, id.client) || findInUpdate(index, id) !== undefined
  for (const [client, structs] of index) {
    let expected = Math.min(structs[0]!.id.clock, Y.getState(doc.store, client))
    if (structs[0]!.id.clock > Y.getState(doc.store, client))
      refuse('The update depends on edits the server lacks.')
    for (const struct of structs) {
      if (struct.id.clock > expected) refuse('The update has gaps in its history.')
      expected = Math.max(expected, struct.id.clock + struct.length)
    }
  }
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue
    for (const ref of [struct.origin, struct.rightOrigin, parentOf(struct)]) {
      if (ref instanceof Y.ID && !known(ref)) refuse('The update depends on edits the server lacks.')
    }
    if (struct.origin === null && struct.rightOrigin === null && struct.parent === null) {
      refuse('The update has an item with no position.')
    }
  }
  decoded.ds.clients.forEach((ranges, client) => {
    const end = Math.max(
      Y.getState(doc.store, client),
      ...(index.get(client) ?? []).map((s) => s.id.clock + s.length),
    )
    if (ranges.some((range) => range.clock + range.len > end))
      refuse('The update deletes edits the server lacks.')
  })
}

function checkRootType(struct: Struct) {
  if (!(struct instanceof Y.Item)) return
  const parent = parentOf(struct)
  if (typeof parent === 'string' && !ROOT_TYPE_NAMES.has(parent)) {
    refuse(`The update writes to an unknown part of the board ("${parent.slice(0, 40)}").`)
  }
}

/** Whether the update inserts into, or deletes from, the board's meta map. */
function touchesMeta(doc: Y.Doc, decoded: ReturnType<typeof Y.decodeUpdate>, index: Map<number, Struct[]>) {
  const meta = getBoardRoots(doc).meta
  const isMetaItem = (id: Y.ID, depth = 0): boolean => {
    const inUpdate = findInUpdate(index, id)
    if (inUpdate) return inUpdate instanceof Y.Item && depth < 1_000 && writesMeta(inUpdate, depth + 1)
    const item = Y.getItem(doc.store, id)
    return item instanceof Y.Item && item.parent === meta
  }
  const writesMeta = (item: Y.Item, depth: number): boolean => {
    const parent = parentOf(item)
    if (typeof parent === 'string') return parent === RootType.Meta
    if (parent instanceof Y.ID) return false
    const neighbour = item.origin ?? item.rightOrigin
    return neighbour !== null && isMetaItem(neighbour, depth)
  }
  if (decoded.structs.some((s) => s instanceof Y.Item && writesMeta(s, 0))) return true
  let deletesMeta = false
  decoded.ds.clients.forEach((ranges, client) => {
    const structs = doc.store.clients.get(client)
    if (!structs || deletesMeta) return
    for (const range of ranges) {
      const from = Math.min(range.clock, Y.getState(doc.store, client))
      for (
        let i = from < Y.getState(doc.store, client) ? Y.findIndexSS(structs, from) : structs.length;
        i < structs.length;
        i++
      ) {
        const struct = structs[i]!
        if (struct.id.clock >= range.clock + range.len) break
        if (struct instanceof Y.Item && struct.parent === meta) deletesMeta = true
      }
    }
  })
  return deletesMeta
}
