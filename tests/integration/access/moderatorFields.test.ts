import { describe, expect, it, vi } from 'vitest'
import { getBoardRoots, readMeta, setMeta } from '../../../shared/board/index.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { createTestBoard, startTestServer } from '../../helpers/testServer.ts'
import { updateMessageFrom, waitForErrorCode } from './accessHarness.ts'

describe('moderator-only fields', () => {
  it('[AC10] an edit socket cannot change the title or the motion; a moderator socket can', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server, 'Original title')
    const editor = await connectClient(server.url, id, { token: tokens.edit })
    const moderator = await connectClient(server.url, id, { token: tokens.moderate })
    const refusals: string[] = []
    editor.provider.on('board-error', (error) => refusals.push(error.code))

    setMeta(editor.doc, { title: 'Hijacked', motion: 'Editors rule.' })
    await vi.waitFor(() => expect(refusals).toContain(ErrorCode.Forbidden))
    const serverMeta = () => server.registry.withRoom(id, (room) => readMeta(room.doc))
    expect(await serverMeta()).toMatchObject({ title: 'Original title', motion: 'Tests pass.' })
    expect(readMeta(moderator.doc).title).toBe('Original title')

    setMeta(moderator.doc, { title: 'Moderated title', motion: 'Moderators decide.' })
    await vi.waitFor(async () =>
      expect(await serverMeta()).toMatchObject({ title: 'Moderated title', motion: 'Moderators decide.' }),
    )
  })

  it('[AC11] an edit socket cannot delete meta fields or add new ones, even in a hand-made update', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server, 'Kept title')
    const reference = await connectClient(server.url, id, { token: tokens.view })
    const { socket, errors } = await connectRawSocket(server.url, { boardId: id, token: tokens.edit })
    socket.emit(
      'sync',
      updateMessageFrom(reference.doc, (doc) => getBoardRoots(doc).meta.delete('title')),
    )
    socket.emit(
      'sync',
      updateMessageFrom(reference.doc, (doc) => getBoardRoots(doc).meta.set('phase', 'closed')),
    )
    await vi.waitFor(() => expect(errors.filter((e) => e.code === ErrorCode.Forbidden)).toHaveLength(2))
    const meta = await server.registry.withRoom(id, (room) => getBoardRoots(room.doc).meta.toJSON())
    expect(meta).toMatchObject({ title: 'Kept title' })
    expect(meta).not.toHaveProperty('phase')
    await waitForErrorCode(errors, ErrorCode.Forbidden)
  })
})
