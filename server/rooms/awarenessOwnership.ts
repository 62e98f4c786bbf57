/** Which socket owns which awareness client id: a socket may only speak for the ids it claimed first. */
import * as decoding from 'lib0/decoding'

/** The client ids an awareness update speaks for; throws if the bytes are not an awareness update. */
export function readAwarenessClientIds(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const ids: number[] = []
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder))
    decoding.readVarUint(decoder) // clock
    JSON.parse(decoding.readVarString(decoder))
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the awareness update')
  return ids
}

export class AwarenessOwnership {
  private readonly ownerByClientId = new Map<number, string>()
  private readonly clientIdsBySocket = new Map<string, Set<number>>()

  /** Claims `clientIds` for `socketId`; false (and nothing claimed) if another socket owns any of them. */
  claim(socketId: string, clientIds: readonly number[]): boolean {
    if (clientIds.some((id) => (this.ownerByClientId.get(id) ?? socketId) !== socketId)) return false
    const owned = this.clientIdsBySocket.get(socketId) ?? new Set()
    for (const id of clientIds) {
      this.ownerByClientId.set(id, socketId)
      owned.add(id)
    }
    this.clientIdsBySocket.set(socketId, owned)
    return true
  }

  /** Forgets a socket; returns the client ids it owned. */
  release(socketId: string): number[] {
    const owned = [...(this.clientIdsBySocket.get(socketId) ?? [])]
    for (const id of owned) this.ownerByClientId.delete(id)
    this.clientIdsBySocket.delete(socketId)
    return owned
  }
}
