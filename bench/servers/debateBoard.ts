/**
 * Our server's client side for the bench: boards are created over the HTTP API and joined with
 * BoardProvider, exactly as the app does. NOTE: this is the one file to adapt when the wire
 * protocol or BoardProvider's options change.
 */
import * as Y from 'yjs'
import { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { whenSynced, type BenchClient, type BenchRoom, type ClientAdapter } from './clientAdapter.ts'

interface CreatedBoardResponse {
  id: string
  links: { edit: string }
}

/** Creates a blank board and returns its edit token (the part of the edit link after `#token=`). */
async function createBoardRoom(serverUrl: string): Promise<BenchRoom> {
  const response = await fetch(`${serverUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Bench board', template: 'blank' }),
  })
  if (response.status !== 201) {
    throw new Error(`creating a board answered ${response.status}: ${await response.text()}`)
  }
  const created = (await response.json()) as CreatedBoardResponse
  const token = new URL(created.links.edit).hash.replace(/^#token=/, '')
  return { name: created.id, token, initialized: true }
}

async function connectBoardClient(
  serverUrl: string,
  room: BenchRoom,
  signal: AbortSignal,
): Promise<BenchClient> {
  const doc = new Y.Doc()
  const provider = new BoardProvider({
    url: serverUrl,
    boardId: room.name,
    doc,
    token: room.token,
    transports: ['websocket'],
  })
  const client = {
    doc,
    awareness: provider.awareness,
    destroy: () => {
      provider.destroy()
      doc.destroy()
    },
  }
  return whenSynced(client, provider.whenSynced(), signal)
}

/** Debate Board: socket.io, BoardProvider, boards made by POST /api/boards. */
export const debateBoardAdapter: ClientAdapter = {
  createRoom: createBoardRoom,
  connect: connectBoardClient,
}
