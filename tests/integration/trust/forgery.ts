/** Hand-made updates an attacker writes: under someone else's client id, overlapping its history. */
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { encodeSyncUpdate } from '../../../shared/protocol.ts'

/**
 * The sync message of `change` made on a copy of `base` under `clientId`, encoded against a state
 * vector one clock short of that client's history, so that its first struct overlaps the end of it
 * (the "overlap attack": Yjs slices such a struct against whatever the receiver holds).
 */
export function forgedUpdate(base: Y.Doc, clientId: number, change: (doc: Y.Doc) => void): Uint8Array {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(base))
  // NOTE: set after the copy holds the history: Yjs gives a doc a new id when it meets its own.
  copy.clientID = clientId
  const vector = Y.decodeStateVector(Y.encodeStateVector(copy))
  change(copy)
  const clock = vector.get(clientId) ?? 0
  if (clock > 0) vector.set(clientId, clock - 1)
  const update = Y.encodeStateAsUpdate(copy, encodeStateVector(vector))
  copy.destroy()
  return encodeSyncUpdate(update)
}

/** A state vector in Yjs' encoding: a count, then (client, clock) pairs. */
function encodeStateVector(vector: Map<number, number>): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, vector.size)
  for (const [client, clock] of vector) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, clock)
  }
  return encoding.toUint8Array(encoder)
}

/** The client ids that wrote into a document, other than `except`. */
export function writersOf(doc: Y.Doc, except?: number): number[] {
  return [...doc.store.clients.keys()].filter((client) => client !== except)
}
