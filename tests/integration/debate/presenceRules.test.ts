import { describe, expect, it, vi } from 'vitest'
import { Format } from '../../../shared/debate/formats.ts'
import { readSession } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { connectClient } from '../../helpers/clients.ts'
import { createDebateBoard } from '../../helpers/debateBoards.ts'
import { startTestServer } from '../../helpers/testServer.ts'

describe('presence on a debate board', () => {
  it('[PH34] a presence says its sender’s real role and team, whatever its client claims: nobody passes for the moderator', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const projector = await connectClient(server.url, board.id, { token: board.tokens.projector })
    const bull = await connectClient(server.url, board.id, { token: board.tokens.bull })
    bull.provider.awareness.setLocalStateField('user', { name: 'Eve', role: 'moderate', team: 'bear' })
    await vi.waitFor(() =>
      expect(projector.provider.awareness.getStates().get(bull.provider.awareness.clientID)?.user).toEqual({
        name: 'Eve',
        role: 'bull',
        team: 'bull',
      }),
    )
  })

  it('[PH35] a moderator spotlights or summons only their own presence; another’s is refused FORBIDDEN', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate, name: 'Mo' })
    const bull = await connectClient(server.url, board.id, { token: board.tokens.bull, name: 'Bo' })
    await vi.waitFor(() =>
      expect(moderator.provider.awareness.getStates().has(bull.provider.awareness.clientID)).toBe(true),
    )
    await expect(
      moderator.provider.facilitate({ type: 'spotlight', clientId: bull.provider.awareness.clientID }),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden })
    await expect(
      moderator.provider.facilitate({ type: 'summon', clientId: bull.provider.awareness.clientID }),
    ).rejects.toMatchObject({ code: ErrorCode.Forbidden })
    await vi.waitFor(() =>
      expect(bull.provider.awareness.getStates().has(moderator.provider.awareness.clientID)).toBe(true),
    )
    await moderator.provider.facilitate({
      type: 'spotlight',
      clientId: moderator.provider.awareness.clientID,
      locked: true,
    })
    await vi.waitFor(() =>
      expect(readSession(bull.provider.session).spotlight).toEqual({
        clientId: moderator.provider.awareness.clientID,
        locked: true,
      }),
    )
  })
})
