import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { Format } from '../../../shared/debate/formats.ts'
import { currentPhase, readSession } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { encodeSyncUpdate } from '../../../shared/protocol.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { createDebateBoard } from '../../helpers/debateBoards.ts'
import { startTestServer } from '../../helpers/testServer.ts'

describe('facilitation API', () => {
  it('[PH20] only a moderator runs the debate: a participant’s action is refused FORBIDDEN and changes nothing', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const bull = await connectClient(server.url, board.id, { token: board.tokens.bull })

    await expect(bull.provider.facilitate({ type: 'advance' })).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    })
    await expect(bull.provider.facilitate({ type: 'lock', locked: true })).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    })
    expect(readSession(moderator.provider.session)).toMatchObject({ phaseIndex: 0, locked: false })

    await moderator.provider.facilitate({ type: 'advance' })
    await vi.waitFor(() => expect(currentPhase(readSession(bull.provider.session)).id).toBe('openings'))
  })

  it('[PH21] an action the board does not know, or one that makes no sense now, is refused BAD_REQUEST with a reason', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    await expect(moderator.provider.facilitate({ type: 'back' })).rejects.toMatchObject({
      code: ErrorCode.BadRequest,
      message: 'This is already the first phase.',
    })
    const { socket } = await connectRawSocket(server.url, { boardId: board.id, token: board.tokens.moderate })
    const answer = await socket.emitWithAck('facilitate', { type: 'explode' })
    expect(answer).toMatchObject({ ok: false, error: { code: ErrorCode.BadRequest } })
  })

  it('[PH22] the session is written only by the server: a moderator’s own Yjs edit of it is refused', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    expect(moderator.provider.canWrite('session')).toBe(false)
    const { socket, errors } = await connectRawSocket(server.url, {
      boardId: board.id,
      token: board.tokens.moderate,
    })
    const forged = new Y.Doc()
    forged.getMap('session').set('locked', true)
    socket.emit('sync', 'session', encodeSyncUpdate(Y.encodeStateAsUpdate(forged)))
    await vi.waitFor(() => expect(errors.map((error) => error.code)).toContain(ErrorCode.Forbidden))
    expect(readSession(moderator.provider.session).locked).toBe(false)
  })

  it('[PH23] moderators rename phases, change durations, lock and unlock; every client sees it', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Workshop)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const member = await connectClient(server.url, board.id, { token: board.tokens.edit })
    await moderator.provider.facilitate({ type: 'rename-phase', phaseId: 'brainstorm', name: 'Ideas first' })
    await moderator.provider.facilitate({ type: 'set-duration', phaseId: 'brainstorm', seconds: 90 })
    await moderator.provider.facilitate({ type: 'lock', locked: true })
    await vi.waitFor(() => {
      const session = readSession(member.provider.session)
      expect(currentPhase(session)).toMatchObject({ name: 'Ideas first', durationSec: 90 })
      expect(session.timer.remainingMs).toBe(90_000)
      expect(session.locked).toBe(true)
    })
  })
})
