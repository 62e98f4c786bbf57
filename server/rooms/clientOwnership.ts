/**
 * Which participant owns each Yjs client id of a board. An id belongs to the participant who first
 * wrote with it; ids in stored documents that nobody claimed were written by the server.
 */
import type * as Y from 'yjs'
import { SERVER_OWNER } from './policy/index.ts'

export class ClientOwnership {
  constructor(
    private readonly owners: Map<number, string>,
    /** The room's documents, to tell a server-written id from one nobody has used yet. */
    private readonly docs: ReadonlyMap<string, { doc: Y.Doc }>,
  ) {}

  /** The owner of `clientId`: a participant id, SERVER_OWNER, or undefined when nobody wrote with it. */
  ownerOf(clientId: number): string | undefined {
    const owner = this.owners.get(clientId)
    if (owner !== undefined) return owner
    for (const { doc } of this.docs.values()) if (doc.store.clients.has(clientId)) return SERVER_OWNER
    return undefined
  }

  /** Records claims that storage has made durable. */
  claim(ownerId: string, clientIds: readonly number[]): void {
    for (const id of clientIds) if (!this.owners.has(id)) this.owners.set(id, ownerId)
  }
}
