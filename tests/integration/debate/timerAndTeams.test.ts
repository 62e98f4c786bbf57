import { describe, expect, it, vi } from 'vitest'
import { Format } from '../../../shared/debate/formats.ts'
import { readSession, remainingMs } from '../../../shared/debate/session.ts'
import { readRoster } from '../../../shared/debate/roster.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { createDebateBoard } from '../../helpers/debateBoards.ts'
import { recordTraffic } from '../../helpers/rawTraffic.ts'
import { startTestServer } from '../../helpers/testServer.ts'

const TEN_MINUTES = 10 * 60 * 1000

describe('the shared timer', () => {
  it('[PH27] clients whose clocks are 10 minutes fast and slow show the same time left, within half a second', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const fast = await connectClient(server.url, board.id, {
      token: board.tokens.bull,
      clock: () => Date.now() + TEN_MINUTES,
    })
    const slow = await connectClient(server.url, board.id, {
      token: board.tokens.bear,
      clock: () => Date.now() - TEN_MINUTES,
    })
    await moderator.provider.facilitate({ type: 'timer-start' })
    await vi.waitFor(() => expect(readSession(slow.provider.session).timer.status).toBe('running'))
    await vi.waitFor(() => expect(readSession(fast.provider.session).timer.status).toBe('running'))
    // The first reading starts the measurement; wait for it to land on both.
    fast.provider.serverNow()
    slow.provider.serverNow()
    await Promise.all([fast.provider.serverClock.measure(), slow.provider.serverClock.measure()])

    const left = (client: typeof fast) =>
      remainingMs(readSession(client.provider.session).timer, client.provider.serverNow())
    const [a, b, truth] = [left(fast), left(slow), left(moderator)]
    expect(Math.abs(a - b)).toBeLessThan(500)
    expect(Math.abs(a - truth)).toBeLessThan(500)
    expect(a).toBeGreaterThan(9 * 60 * 1000)
    expect(a).toBeLessThanOrEqual(10 * 60 * 1000)
  })

  it('[PH28] a timer set to lock locks the board when it runs out, with nobody pressing anything', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const bull = await connectClient(server.url, board.id, { token: board.tokens.bull })
    await moderator.provider.facilitate({ type: 'set-duration', phaseId: 'prepare', seconds: 1 })
    await moderator.provider.facilitate({ type: 'timer-start', lockOnEnd: true })
    await vi.waitFor(() => expect(readSession(bull.provider.session).locked).toBe(true), { timeout: 5_000 })
    expect(readSession(bull.provider.session).timer).toMatchObject({ status: 'paused', remainingMs: 0 })
  })
})

describe('teams', () => {
  it('[PH29] the moderator moves a participant to the other team: their seat and drafts follow at once, and the old team’s drafts stop reaching them', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const member = await connectClient(server.url, board.id, { token: board.tokens.bull })
    expect(member.provider.seat).toMatchObject({ team: 'bull', drafts: 'drafts/bull' })
    await vi.waitFor(() =>
      expect(
        readRoster(moderator.provider.document('roster')!).get(member.provider.seat!.participantId),
      ).toBeTruthy(),
    )

    await moderator.provider.facilitate({
      type: 'assign-team',
      participantId: member.provider.seat!.participantId,
      team: 'bear',
    })
    await vi.waitFor(() =>
      expect(member.provider.seat).toMatchObject({ team: 'bear', drafts: 'drafts/bear' }),
    )
    await vi.waitFor(() => expect(member.provider.canWrite('drafts/bear')).toBe(true))
    expect(member.provider.canWrite('drafts/bull')).toBe(false)
    expect(
      readRoster(moderator.provider.document('roster')!).get(member.provider.seat!.participantId),
    ).toMatchObject({
      team: 'bear',
      assigned: true,
    })
  })

  it('[PH30] the roster, with every participant’s name, reaches moderators only', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const { socket: peer } = await connectRawSocket(server.url, {
      boardId: board.id,
      token: board.tokens.bear,
    })
    const traffic = recordTraffic(peer)
    await connectClient(server.url, board.id, { token: board.tokens.bull, name: 'Zhang Wei 张伟' })
    await vi.waitFor(() =>
      expect(
        [...readRoster(moderator.provider.document('roster')!).values()].map((entry) => entry.name),
      ).toContain('Zhang Wei 张伟'),
    )
    expect(traffic.syncedDocuments()).not.toContain('roster')
  })
})

describe('anonymous boards', () => {
  it('[PH31] on an anonymous board no participant receives another’s name in presence; the moderator does', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom, { anonymous: true })
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const { socket: peer } = await connectRawSocket(server.url, {
      boardId: board.id,
      token: board.tokens.bear,
    })
    const traffic = recordTraffic(peer)
    await connectClient(server.url, board.id, { token: board.tokens.bull, name: 'Zhang Wei 张伟' })
    const late = await connectRawSocket(server.url, { boardId: board.id, token: board.tokens.bear })
    const lateTraffic = recordTraffic(late.socket)
    await vi.waitFor(() =>
      expect(
        [...moderator.provider.awareness.getStates().values()].map(
          (state) => (state.user as { name?: string })?.name,
        ),
      ).toContain('Zhang Wei 张伟'),
    )
    // Presence arrived (a state for the named participant), just without the name.
    await vi.waitFor(() => expect(traffic.events.some(({ event }) => event === 'awareness')).toBe(true))
    expect(traffic.contains('Zhang Wei')).toBe(false)
    expect(traffic.contains('张伟')).toBe(false)
    expect(lateTraffic.contains('张伟')).toBe(false)
  })
})
