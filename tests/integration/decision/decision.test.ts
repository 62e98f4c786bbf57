/** The decision over real sockets (DC5): the moderator's alone, refused to a raw participant client. */
import { describe, expect, it, vi } from 'vitest'
import { createCard } from '../../../shared/board/index.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { readSession } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { createDebateBoard } from '../../helpers/debateBoards.ts'
import { startTestServer, type TestServer } from '../../helpers/testServer.ts'

async function addCard(server: TestServer, boardId: string, id: string) {
  await server.registry.withRoom(boardId, (room) =>
    room.change('board', (doc) => {
      createCard(
        doc,
        { stance: 'bull', x: 0, y: 0, text: 'Evidence', authorId: 'a-x', authorName: '' },
        { id },
      )
    }),
  )
}

const decision = { outcome: 'invest' as const, rationale: 'The margins hold up.', cardIds: ['margin-card'] }

describe('decision', () => {
  it('[DC5] a participant’s raw decide is refused FORBIDDEN and records nothing; the moderator’s reaches everyone', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Committee)
    await addCard(server, board.id, 'margin-card')
    const member = await connectRawSocket(server.url, { boardId: board.id, token: board.tokens.bull })
    for (const action of [{ type: 'decide', ...decision }, { type: 'clear-decision' }])
      expect(await member.socket.emitWithAck('facilitate', action)).toMatchObject({
        ok: false,
        error: { code: ErrorCode.Forbidden },
      })
    const stored = () =>
      server.registry.withRoom(board.id, (room) => readSession(room.document('session')).decision)
    expect(await stored()).toBeNull()

    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const watcher = await connectClient(server.url, board.id, { token: board.tokens.view })
    await moderator.provider.facilitate({ type: 'decide', ...decision })
    await vi.waitFor(() =>
      expect(readSession(watcher.provider.session).decision).toMatchObject({
        ...decision,
        decidedAt: expect.any(Number),
      }),
    )
    await moderator.provider.facilitate({ type: 'clear-decision' })
    await vi.waitFor(() => expect(readSession(watcher.provider.session).decision).toBeNull())
  })

  it('[DC5] a decision citing a card not on the board, or an outcome of another format, is refused BAD_REQUEST', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Committee)
    await addCard(server, board.id, 'margin-card')
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    await expect(
      moderator.provider.facilitate({
        type: 'decide',
        ...decision,
        cardIds: ['margin-card', 'no-such-card'],
      }),
    ).rejects.toMatchObject({ code: ErrorCode.BadRequest, message: expect.stringContaining('no-such-card') })
    await expect(
      moderator.provider.facilitate({ type: 'decide', ...decision, outcome: 'carried' }),
    ).rejects.toMatchObject({ code: ErrorCode.BadRequest })
    expect(readSession(moderator.provider.session).decision).toBeNull()
  })
})
