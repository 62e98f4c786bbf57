import { describe, expect, it, vi } from 'vitest'
import { DocName, getControlMeta, readMeta, setMeta } from '../../../shared/board/index.ts'
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
    expect(editor.provider.canWrite(DocName.Control)).toBe(false)
    expect(moderator.provider.canWrite(DocName.Control)).toBe(true)

    // The provider sends nothing of a document it may not write: the rule is the server's, below.
    setMeta(editor.provider.control, { title: 'Hijacked', motion: 'Editors rule.' })
    const serverMeta = () => server.registry.withRoom(id, (room) => readMeta(room.document(DocName.Control)))
    expect(await serverMeta()).toMatchObject({ title: 'Original title', motion: 'Tests pass.' })
    expect(readMeta(moderator.provider.control).title).toBe('Original title')

    setMeta(moderator.provider.control, { title: 'Moderated title', motion: 'Moderators decide.' })
    await vi.waitFor(async () =>
      expect(await serverMeta()).toMatchObject({ title: 'Moderated title', motion: 'Moderators decide.' }),
    )
    const late = await connectClient(server.url, id, { token: tokens.edit })
    expect(readMeta(late.provider.control).title).toBe('Moderated title')
  })

  it('[AC11] an edit socket cannot change, delete or add control fields, even in a hand-made update', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server, 'Kept title')
    const reference = await connectClient(server.url, id, { token: tokens.view })
    const { socket, errors } = await connectRawSocket(server.url, { boardId: id, token: tokens.edit })
    const control = reference.provider.control
    socket.emit(
      'sync',
      DocName.Control,
      updateMessageFrom(control, (doc) => getControlMeta(doc).delete('title')),
    )
    socket.emit(
      'sync',
      DocName.Control,
      updateMessageFrom(control, (doc) => getControlMeta(doc).set('phase', 'x')),
    )
    // Meta written into the board document instead is no part of that document.
    socket.emit(
      'sync',
      DocName.Board,
      updateMessageFrom(reference.doc, (doc) => doc.getMap('meta').set('title', 'x')),
    )
    await vi.waitFor(() => expect(errors.filter((e) => e.code === ErrorCode.Forbidden)).toHaveLength(2))
    await waitForErrorCode(errors, ErrorCode.UpdateRefused)
    const meta = await server.registry.withRoom(id, (room) =>
      getControlMeta(room.document(DocName.Control)).toJSON(),
    )
    expect(meta).toMatchObject({ title: 'Kept title' })
    expect(meta).not.toHaveProperty('phase')
    const boardRoots = await server.registry.withRoom(id, (room) => [
      ...room.document(DocName.Board).share.keys(),
    ])
    expect(boardRoots).not.toContain('meta')
  })
})
