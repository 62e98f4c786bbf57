import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { hashToken } from '../../../server/auth/capabilities.ts'
import { createCard, readCards } from '../../../shared/board/index.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { encodeSyncStep2 } from '../../../shared/protocol.ts'
import { canonicalJson, connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { createTestBoard, startTestServer } from '../../helpers/testServer.ts'
import { createBoardOverHttp, tokenOf, updateMessageFrom, waitForErrorCode } from './accessHarness.ts'

const author = { authorId: 'tester', authorName: 'Tester' }

describe('capability links', () => {
  it('[AC1] creating a board returns moderate, edit, team, view and projector links whose 256-bit tokens are stored only as hashes', async () => {
    const server = await startTestServer()
    const response = await createBoardOverHttp(server)
    expect(response.status).toBe(201)
    const { id, links } = (await response.json()) as { id: string; links: Record<string, string> }
    expect(Object.keys(links).sort()).toEqual(['bear', 'bull', 'edit', 'moderate', 'projector', 'view'])
    const tokens = Object.values(links).map(tokenOf)
    expect(new Set(tokens).size).toBe(6)
    for (const token of tokens) expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    await expect(server.store.findRole(id, hashToken(tokenOf(links.view!)))).resolves.toBe('view')
    await server.close()
    const dir = server.config.dataDir
    const stored = fs
      .readdirSync(dir)
      .map((name) => fs.readFileSync(path.join(dir, name)).toString('latin1'))
      .join('')
    for (const token of tokens) expect(stored).not.toContain(token)
  })

  it('[AC2] a socket holding the view link cannot change the board: its update is refused with FORBIDDEN and reaches neither the server nor other clients', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const editor = await connectClient(server.url, id, { token: tokens.edit })
    const viewer = await connectClient(server.url, id, { token: tokens.view })
    expect(viewer.provider.canWrite('board')).toBe(false)
    const { socket, errors } = await connectRawSocket(server.url, { boardId: id, token: tokens.view })
    let relayed = 0
    viewer.provider.doc.on('update', () => relayed++)

    socket.emit(
      'sync',
      'board',
      updateMessageFrom(editor.doc, (doc) =>
        createCard(doc, { stance: 'bull', x: 0, y: 0, text: 'sneaky', ...author }),
      ),
    )
    await waitForErrorCode(errors, ErrorCode.Forbidden)
    // The server handles messages in order: a later edit arriving proves the refused one was not relayed.
    const later = createCard(editor.doc, { stance: 'bear', x: 0, y: 0, text: 'honest', ...author })
    await vi.waitFor(() => expect(readCards(viewer.doc).map((card) => card.id)).toContain(later))
    expect(relayed).toBe(1)
    expect(readCards(viewer.doc).map((card) => card.text)).toEqual(['honest'])
    const serverCards = await server.registry.withRoom(id, (room) => readCards(room.document('board')))
    expect(serverCards.map((card) => card.text)).toEqual(['honest'])
    expect(viewer.provider.status).toBe('synced')
  })

  it("[AC3] a view socket's sync step 2 is ignored unread, whatever it holds: no error, nothing reaches the document", async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const base = await connectClient(server.url, id, { token: tokens.edit })
    const { socket, errors } = await connectRawSocket(server.url, { boardId: id, token: tokens.view })

    socket.emit('sync', 'board', encodeSyncStep2(base.doc))
    const withCard = updateMessageFrom(base.doc, (doc) =>
      createCard(doc, { stance: 'bull', x: 0, y: 0, text: 'via step 2', ...author }),
    )
    // The same update framed as a step 2 (type 1) instead of an update (type 2).
    const asStep2 = Uint8Array.from(withCard)
    asStep2[0] = 1
    socket.emit('sync', 'board', asStep2)
    // Garbage framed as a step 2 is not even decoded.
    socket.emit('sync', 'board', Uint8Array.of(1, 3, 0xff, 0xff, 0xff))
    socket.emit('sync', 'board', withCard)
    await waitForErrorCode(errors, ErrorCode.Forbidden)
    expect(errors).toHaveLength(1)
    const serverJson = await server.registry.withRoom(id, (room) => canonicalJson(room.document('board')))
    expect(serverJson).toBe(canonicalJson(base.doc))
  })

  it("[AC4] a viewer's presence is still relayed to the other clients", async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const editor = await connectClient(server.url, id, { token: tokens.edit })
    const viewer = await connectClient(server.url, id, { token: tokens.view, name: 'Quiet viewer' })
    viewer.provider.awareness.setLocalStateField('cursor', { x: 3, y: 4 })
    await vi.waitFor(() => {
      const state = editor.provider.awareness.getStates().get(viewer.doc.clientID)
      expect(state).toMatchObject({ user: { name: 'Quiet viewer' }, cursor: { x: 3, y: 4 } })
    })
  })

  it('[AC5] no socket may set or remove the awareness state of a client id another socket claimed first', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const victim = await connectClient(server.url, id, { token: tokens.edit, name: 'Victim' })
    const observer = await connectClient(server.url, id, { token: tokens.view })
    await vi.waitFor(() =>
      expect(observer.provider.awareness.getStates().has(victim.doc.clientID)).toBe(true),
    )
    const { socket, errors } = await connectRawSocket(server.url, { boardId: id, token: tokens.edit })

    // A forged awareness with the victim's client id: once to rename it, once to remove it.
    const forgedDoc = new Y.Doc()
    forgedDoc.clientID = victim.doc.clientID
    const forger = new awarenessProtocol.Awareness(forgedDoc)
    forger.setLocalState({ user: { name: 'Mallory' } })
    // A high clock, so that a relayed forgery would win over the victim's own state everywhere.
    forger.meta.get(victim.doc.clientID)!.clock = 1_000
    socket.emit('awareness', awarenessProtocol.encodeAwarenessUpdate(forger, [victim.doc.clientID]))
    forger.setLocalState(null)
    socket.emit('awareness', awarenessProtocol.encodeAwarenessUpdate(forger, [victim.doc.clientID]))
    await vi.waitFor(() => expect(errors.filter((e) => e.code === ErrorCode.PresenceRefused)).toHaveLength(2))

    // A change the victim makes afterwards arrives: so the forged ones would have arrived first.
    victim.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 })
    await vi.waitFor(() =>
      expect(observer.provider.awareness.getStates().get(victim.doc.clientID)).toMatchObject({
        user: { name: 'Victim' },
        cursor: { x: 1, y: 1 },
      }),
    )
    forger.destroy()
    forgedDoc.destroy()
  })
})

describe('open and closed boards', () => {
  it('[AC6] the demo board is open without a token by default, and REQUIRE_TOKENS closes it', async () => {
    const open = await startTestServer()
    await connectRawSocket(open.url, { boardId: 'demo' })
    expect((await fetch(`${open.url}/api/boards/demo`)).status).toBe(200)

    const closed = await startTestServer({ requireTokens: true })
    const refused = connectRawSocket(closed.url, { boardId: 'demo' })
    await expect(refused).rejects.toMatchObject({ data: { code: ErrorCode.Unauthorized } })
    const response = await fetch(`${closed.url}/api/boards/demo`)
    expect(response.status).toBe(401)
    expect(closed.demoTokens).toBeDefined()
    await connectRawSocket(closed.url, { boardId: 'demo', token: closed.demoTokens!.view })
  })
})
