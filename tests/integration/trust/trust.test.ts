/**
 * The attacks of the "Trust the board" issue, each by a raw client speaking the protocol by hand (a
 * BoardProvider might refuse locally): refused with its code, the room alive, nothing stored, every
 * other client unchanged, before and after a restart.
 */
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  DEMO_BOARD_ID,
  DocName,
  createCard,
  getBoardRoots,
  getCardText,
  getControlMeta,
  readCards,
  readMeta,
  setMeta,
} from '../../../shared/board/index.ts'
import { SessionDocName } from '../../../shared/access.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { createParticipantKey } from '../../../shared/sync/participantKey.ts'
import { canonicalJson, connectClient, connectRawSocket } from '../../helpers/clients.ts'
import {
  countLoggedUpdates,
  createTestBoard,
  restartTestServer,
  startTestServer,
  type TestServer,
} from '../../helpers/testServer.ts'
import { updateMessageFrom, waitForErrorCode } from '../access/accessHarness.ts'
import { forgedUpdate, writersOf } from './forgery.ts'

const author = { authorId: 'victim', authorName: 'Victim' }

/** What the server holds of a board's documents, and how much of it is in the log. */
async function serverState(server: TestServer, boardId: string) {
  return {
    board: await server.registry.withRoom(boardId, (room) => canonicalJson(room.document(DocName.Board))),
    control: await server.registry.withRoom(boardId, (room) => canonicalJson(room.document(DocName.Control))),
    // The roster logs each join; what these tests guard is the arguments and the meta.
    logged:
      countLoggedUpdates(server.config.dataDir, boardId, DocName.Board) +
      countLoggedUpdates(server.config.dataDir, boardId, DocName.Control),
  }
}

/** A raw socket with a participant key of its own. */
function connectAttacker(server: TestServer, boardId: string, token?: string) {
  return connectRawSocket(server.url, { boardId, token, participantKey: createParticipantKey() })
}

describe('trust: documents, identities and presence', () => {
  it("[AC35] an update overlapping another participant's history under its client id is refused whole on the board document, before and after a restart", async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const victim = await connectClient(server.url, id, { token: tokens.edit })
    const cardId = createCard(victim.doc, { stance: 'bull', x: 0, y: 0, text: 'abc', ...author })
    getCardText(victim.doc, cardId)!.insert(3, 'd')
    const watcher = await connectClient(server.url, id, { token: tokens.view })
    await vi.waitFor(() => expect(getCardText(watcher.doc, cardId)?.toString()).toBe('abcd'))
    const before = await serverState(server, id)

    const { socket, errors } = await connectAttacker(server, id, tokens.edit)
    const forged = forgedUpdate(watcher.doc, victim.doc.clientID, (doc) =>
      getCardText(doc, cardId)!.insert(4, ' FORGED'),
    )
    socket.emit('sync', DocName.Board, forged)
    expect((await waitForErrorCode(errors, ErrorCode.Forbidden)).message).toMatch(/another participant/)

    expect(await serverState(server, id)).toEqual(before)
    expect(getCardText(watcher.doc, cardId)?.toString()).toBe('abcd')
    expect(getCardText(victim.doc, cardId)?.toString()).toBe('abcd')
    // The victim goes on writing under its own id, and everyone gets it.
    getCardText(victim.doc, cardId)!.insert(4, 'e')
    await vi.waitFor(() => expect(getCardText(watcher.doc, cardId)?.toString()).toBe('abcde'))

    const restarted = await restartTestServer(server)
    const fresh = await connectClient(restarted.url, id, { token: tokens.view })
    expect(getCardText(fresh.doc, cardId)?.toString()).toBe('abcde')
  })

  it("[AC35] a moderator cannot write under another moderator's client id on the control document, before and after a restart", async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server, 'Original')
    const first = await connectClient(server.url, id, { token: tokens.moderate })
    setMeta(first.provider.control, { title: 'Set by the first moderator' })
    const watcher = await connectClient(server.url, id, { token: tokens.view })
    await vi.waitFor(() =>
      expect(readMeta(watcher.provider.control).title).toBe('Set by the first moderator'),
    )
    const before = await serverState(server, id)

    const { socket, errors } = await connectAttacker(server, id, tokens.moderate)
    const forged = forgedUpdate(watcher.provider.control, first.provider.control.clientID, (doc) =>
      getControlMeta(doc).set('title', 'TITLE SET BY ANOTHER'),
    )
    socket.emit('sync', DocName.Control, forged)
    await waitForErrorCode(errors, ErrorCode.Forbidden)
    expect(await serverState(server, id)).toEqual(before)
    expect(readMeta(watcher.provider.control).title).toBe('Set by the first moderator')

    const restarted = await restartTestServer(server)
    const fresh = await connectClient(restarted.url, id, { token: tokens.view })
    expect(readMeta(fresh.provider.control).title).toBe('Set by the first moderator')
  })

  it('[AC35] nobody writes under the client ids the server wrote with (the demo board and its example cards)', async () => {
    const server = await startTestServer()
    const watcher = await connectClient(server.url, DEMO_BOARD_ID)
    const before = await serverState(server, DEMO_BOARD_ID)
    const { socket, errors } = await connectAttacker(server, DEMO_BOARD_ID)
    const [serverClient] = writersOf(watcher.doc)
    const forged = forgedUpdate(watcher.doc, serverClient!, (doc) =>
      createCard(doc, { stance: 'bear', x: 0, y: 0, text: 'in the server’s name', ...author }),
    )
    socket.emit('sync', DocName.Board, forged)
    await waitForErrorCode(errors, ErrorCode.Forbidden)
    expect(await serverState(server, DEMO_BOARD_ID)).toEqual(before)
  })

  it('[AC39] a value the board schema does not allow is refused with UPDATE_REFUSED naming the field: nothing stored, nobody changed, before and after a restart', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const writer = await connectClient(server.url, id, { token: tokens.edit })
    const cardId = createCard(writer.doc, { stance: 'bull', x: 0, y: 0, text: 'honest', ...author })
    const watcher = await connectClient(server.url, id, { token: tokens.view })
    await vi.waitFor(() => expect(getCardText(watcher.doc, cardId)?.toString()).toBe('honest'))
    const before = await serverState(server, id)

    const { socket, errors } = await connectAttacker(server, id, tokens.edit)
    const hostile = [
      (doc: Y.Doc) => getBoardRoots(doc).cards.get(cardId)!.set('authorName', { toString: 1 }),
      (doc: Y.Doc) => getBoardRoots(doc).cards.get(cardId)!.set('x', 'left'),
      (doc: Y.Doc) => getBoardRoots(doc).cards.get(cardId)!.set('sneaky', 'unknown key'),
      (doc: Y.Doc) => getBoardRoots(doc).links.set('l1', { from: cardId, to: cardId, kind: 'rebuts' }),
    ]
    for (const change of hostile) socket.emit('sync', DocName.Board, updateMessageFrom(watcher.doc, change))
    await vi.waitFor(() => expect(errors).toHaveLength(hostile.length))
    expect(errors.map((error) => error.code)).toEqual(hostile.map(() => ErrorCode.UpdateRefused))
    expect(errors[0]!.message).toContain('authorName')
    expect(errors[2]!.message).toContain('sneaky')
    expect(await serverState(server, id)).toEqual(before)

    const restarted = await restartTestServer(server)
    const fresh = await connectClient(restarted.url, id, { token: tokens.view })
    expect(readCards(fresh.doc).map((card) => [card.authorName, card.x])).toEqual([['Victim', 0]])
  })

  it('[AC34] an editor cannot write the control document at all: its update is refused whole, undecoded', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server, 'Kept')
    const watcher = await connectClient(server.url, id, { token: tokens.view })
    const before = await serverState(server, id)
    const { socket, errors } = await connectAttacker(server, id, tokens.edit)
    socket.emit(
      'sync',
      DocName.Control,
      forgedUpdate(watcher.provider.control, 12345, (doc) => getControlMeta(doc).set('title', 'x')),
    )
    // Not even decoded: bytes that are no update at all get the same answer.
    socket.emit('sync', DocName.Control, Uint8Array.of(2, 3, 0xff, 0xff, 0xff))
    await vi.waitFor(() =>
      expect(errors.map((error) => error.code)).toEqual([ErrorCode.Forbidden, ErrorCode.Forbidden]),
    )
    expect(await serverState(server, id)).toEqual(before)
  })

  it('[AC34] a connection is told which documents it may read and receives sync messages of those only', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const { socket } = await connectAttacker(server, id, tokens.view)
    const grants: unknown[] = []
    const names = new Set<string>()
    socket.on('documents', (list) => grants.push(list))
    socket.on('sync', (doc) => names.add(doc))
    socket.emit('sync', 'drafts/bull', Uint8Array.of(0, 1, 0))
    socket.emit('sync', DocName.Board, Uint8Array.of(0, 1, 0))
    await vi.waitFor(() => expect(names.size).toBeGreaterThan(0))
    // The grants came at join, before this socket's listeners: a second socket sees them arrive.
    const second = await connectAttacker(server, id, tokens.view)
    const seen = new Promise((resolve) => second.socket.once('documents', resolve))
    second.socket.disconnect().connect()
    expect(await seen).toEqual([
      { name: DocName.Board, write: false },
      { name: DocName.Control, write: false },
      { name: SessionDocName.Session, write: false },
    ])
    expect([...names]).toEqual([DocName.Board])
  })

  it("[AC36] a participant's presence cannot be taken over when its connection drops; its own next connection takes it back", async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const key = createParticipantKey()
    const watcher = await connectClient(server.url, id, { token: tokens.view })
    const victim = await connectClient(server.url, id, {
      token: tokens.edit,
      participantKey: key,
      name: 'Victim',
    })
    const victimId = victim.provider.awareness.clientID
    await vi.waitFor(() =>
      expect(watcher.provider.awareness.getStates().get(victimId)).toEqual({ user: { name: 'Victim' } }),
    )
    victim.provider.disconnect()
    await vi.waitFor(() => expect(watcher.provider.awareness.getStates().has(victimId)).toBe(false))

    // A view link is enough to try.
    const { socket, errors } = await connectAttacker(server, id, tokens.view)
    const impostor = new (await import('y-protocols/awareness')).Awareness(new Y.Doc())
    impostor.clientID = victimId
    impostor.setLocalState({ user: { name: 'Victim' }, cursor: { x: 1, y: 1 } })
    const { encodeAwarenessUpdate } = await import('y-protocols/awareness')
    socket.emit('awareness', encodeAwarenessUpdate(impostor, [victimId]))
    await waitForErrorCode(errors, ErrorCode.PresenceRefused)
    expect(watcher.provider.awareness.getStates().has(victimId)).toBe(false)

    victim.provider.connect()
    await vi.waitFor(() =>
      expect(watcher.provider.awareness.getStates().get(victimId)).toEqual({ user: { name: 'Victim' } }),
    )
  })

  it('[AC37] a presence message that is not an awareness update is refused with MALFORMED_MESSAGE', async () => {
    const server = await startTestServer()
    const { socket, errors } = await connectAttacker(server, DEMO_BOARD_ID)
    socket.emit('awareness', Uint8Array.of(1, 2))
    socket.emit('awareness', 'text' as unknown as Uint8Array)
    await vi.waitFor(() =>
      expect(errors.map((error) => error.code)).toEqual([
        ErrorCode.MalformedMessage,
        ErrorCode.MalformedMessage,
      ]),
    )
  })
})
