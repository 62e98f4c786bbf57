import { randomBytes } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { createCard } from '../../../shared/board/index.ts'
import { BALLOTS_ROOT } from '../../../shared/debate/ballots.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { currentPhase, readSession } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { participantIdOf } from '../../../server/auth/participants.ts'
import { connectClient, connectRawSocket, type RawSocket } from '../../helpers/clients.ts'
import { createDebateBoard } from '../../helpers/debateBoards.ts'
import { recordTraffic } from '../../helpers/rawTraffic.ts'
import { restartTestServer, startTestServer, type TestServer } from '../../helpers/testServer.ts'

const participantKey = () => randomBytes(24).toString('base64url')

/** A card put on the board by the server itself (participants cannot add cards in a vote phase). */
async function addCard(server: TestServer, boardId: string, id: string) {
  await server.registry.withRoom(boardId, (room) =>
    room.change('board', (doc) => {
      createCard(
        doc,
        { stance: 'bull', x: 0, y: 0, text: 'An idea', authorId: 'a-x', authorName: '' },
        { id },
      )
    }),
  )
}

/** A raw socket with its own participant key, recording everything it receives from now on. */
async function rawSeat(server: TestServer, boardId: string, token: string, key = participantKey()) {
  const { socket, errors } = await connectRawSocket(server.url, { boardId, token, participantKey: key })
  return { socket, errors, traffic: recordTraffic(socket), participantId: participantIdOf(key) }
}

const advance = async (moderator: RawSocket, times: number) => {
  for (let i = 0; i < times; i++)
    expect(await moderator.emitWithAck('facilitate', { type: 'advance' })).toEqual({ ok: true })
}

/** Everything the server sent a socket before this answer has arrived (socket.io keeps order). */
const settle = (socket: RawSocket) => socket.emitWithAck('clock')

describe('ballots', () => {
  it('[VO7] a ballot never reaches another participant’s or the moderator’s traffic before the reveal', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Workshop)
    await addCard(server, board.id, 'idea-one')
    const moderator = await rawSeat(server, board.id, board.tokens.moderate)
    const peer = await rawSeat(server, board.id, board.tokens.edit)
    const voter = await rawSeat(server, board.id, board.tokens.edit)
    await advance(moderator.socket, 3)

    const answer = await voter.socket.emitWithAck('vote', { kind: 'dot', cardId: 'idea-one', dots: 4 })
    expect(answer).toEqual({ ok: true, ballots: [{ kind: 'dot', cardId: 'idea-one', dots: 4 }] })
    await Promise.all([settle(moderator.socket), settle(peer.socket)])
    for (const observer of [moderator, peer]) {
      // The ballot's key names the voter; its value holds the field `dots`: neither travels.
      expect(observer.traffic.contains(`dot/${voter.participantId}`)).toBe(false)
      expect(observer.traffic.contains('dots')).toBe(false)
      expect(observer.traffic.syncedDocuments().has('ballots')).toBe(false)
    }
    // The moderator knows participants by id (the roster); peers never learn it.
    expect(peer.traffic.contains(voter.participantId)).toBe(false)

    // The search would have found it: after the reveal the tally (and only the tally) arrives.
    expect(await moderator.socket.emitWithAck('facilitate', { type: 'reveal-votes', vote: 'dot' })).toEqual({
      ok: true,
    })
    await settle(peer.socket)
    expect(peer.traffic.contains('dots')).toBe(true)
    expect(peer.traffic.contains(voter.participantId)).toBe(false)
  })

  it('[VO1][VO3][VO6] one ballot per participant and card: a raw client voting twice leaves one; dots over the budget are refused', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Workshop)
    await addCard(server, board.id, 'idea-one')
    await addCard(server, board.id, 'idea-two')
    const moderator = await rawSeat(server, board.id, board.tokens.moderate)
    const voter = await rawSeat(server, board.id, board.tokens.edit)
    await advance(moderator.socket, 3)

    await voter.socket.emitWithAck('vote', { kind: 'dot', cardId: 'idea-one', dots: 2 })
    const again = await voter.socket.emitWithAck('vote', { kind: 'dot', cardId: 'idea-one', dots: 3 })
    expect(again).toEqual({ ok: true, ballots: [{ kind: 'dot', cardId: 'idea-one', dots: 3 }] })
    const keys = await server.registry.withRoom(board.id, (room) => [
      ...room.document('ballots').getMap(BALLOTS_ROOT).keys(),
    ])
    expect(keys).toEqual([`dot/${voter.participantId}/idea-one`])

    const over = await voter.socket.emitWithAck('vote', { kind: 'dot', cardId: 'idea-two', dots: 3 })
    expect(over).toMatchObject({ ok: false, error: { code: ErrorCode.BadRequest } })
    expect(
      await voter.socket.emitWithAck('vote', { kind: 'dot', cardId: 'idea-two', dots: 2 }),
    ).toMatchObject({
      ok: true,
    })
    // The moderator raises the budget: the same ballot is taken now.
    await moderator.socket.emitWithAck('facilitate', { type: 'dot-budget', dots: 8 })
    expect(
      await voter.socket.emitWithAck('vote', { kind: 'dot', cardId: 'idea-two', dots: 5 }),
    ).toMatchObject({
      ok: true,
    })
    // Dots on a card the moderator removed are the voter's again, and are not counted.
    await server.registry.withRoom(board.id, (room) =>
      room.change('board', (doc) => doc.getMap('cards').delete('idea-one')),
    )
    const moved = await voter.socket.emitWithAck('vote', { kind: 'dot', cardId: 'idea-two', dots: 8 })
    expect(moved).toMatchObject({ ok: true })
    await moderator.socket.emitWithAck('facilitate', { type: 'reveal-votes', vote: 'dot' })
    const results = await server.registry.withRoom(
      board.id,
      (room) => readSession(room.document('session')).results,
    )
    expect(results.dot).toMatchObject({ voters: 1 })
    expect(results.dot?.dots).toEqual({ 'idea-two': 8 })
  })

  it('[VO2] a ballot outside a vote phase is refused PHASE_LOCKED; the moderator and the audience do not vote', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Workshop)
    await addCard(server, board.id, 'idea-one')
    const member = await connectClient(server.url, board.id, { token: board.tokens.edit })
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const audience = await connectClient(server.url, board.id, { token: board.tokens.view })
    const ballot = { kind: 'dot', cardId: 'idea-one', dots: 1 } as const
    await expect(member.provider.vote(ballot)).rejects.toMatchObject({ code: ErrorCode.PhaseLocked })
    for (let i = 0; i < 3; i++) await moderator.provider.facilitate({ type: 'advance' })
    await expect(moderator.provider.vote(ballot)).rejects.toMatchObject({ code: ErrorCode.Forbidden })
    await expect(audience.provider.vote(ballot)).rejects.toMatchObject({ code: ErrorCode.Forbidden })
    await moderator.provider.facilitate({ type: 'lock', locked: true })
    await expect(member.provider.vote(ballot)).rejects.toMatchObject({ code: ErrorCode.PhaseLocked })
  })

  it('[VO5] after the reveal every client reads the aggregates in session.results, and no ballot', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    await addCard(server, board.id, 'claim-one')
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const bull = await connectClient(server.url, board.id, { token: board.tokens.bull })
    const bear = await connectClient(server.url, board.id, { token: board.tokens.bear })
    const projector = await connectClient(server.url, board.id, { token: board.tokens.projector })
    for (let i = 0; i < 3; i++) await moderator.provider.facilitate({ type: 'advance' })
    await vi.waitFor(() => expect(currentPhase(readSession(bull.provider.session)).id).toBe('vote'))

    await bull.provider.vote({ kind: 'impact', cardId: 'claim-one', strength: 4, relevance: 2 })
    await bear.provider.vote({ kind: 'impact', cardId: 'claim-one', strength: 2, relevance: 4 })
    expect(readSession(projector.provider.session).results).toEqual({})
    expect(moderator.provider.grantedDocuments()).not.toContain('ballots')
    await moderator.provider.facilitate({ type: 'reveal-votes', vote: 'impact' })
    for (const client of [moderator, bull, bear, projector])
      await vi.waitFor(() =>
        expect(readSession(client.provider.session).results.impact).toMatchObject({
          voters: 2,
          cards: { 'claim-one': { votes: 2, strength: 3, relevance: 3, impact: 2.25 } },
        }),
      )
  })

  it('[VO10][VO11] a "changed my mind" mark stays blind on raw traffic until the conviction reveal, then shows per member and per card', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Committee)
    await addCard(server, board.id, 'bull-point')
    const moderator = await rawSeat(server, board.id, board.tokens.moderate)
    const peer = await rawSeat(server, board.id, board.tokens.bear)
    const member = await rawSeat(server, board.id, board.tokens.bull)
    const mark = { kind: 'mind', cardId: 'bull-point', changed: true }
    expect(await member.socket.emitWithAck('vote', mark)).toMatchObject({
      ok: false,
      error: { code: ErrorCode.PhaseLocked },
    })
    await advance(moderator.socket, 3) // the discussion
    expect(await member.socket.emitWithAck('vote', mark)).toEqual({ ok: true, ballots: [mark] })
    expect(await moderator.socket.emitWithAck('vote', mark)).toMatchObject({
      ok: false,
      error: { code: ErrorCode.Forbidden },
    })
    await Promise.all([settle(moderator.socket), settle(peer.socket)])
    for (const observer of [moderator, peer]) {
      expect(observer.traffic.contains(`mind/${member.participantId}`)).toBe(false)
      expect(observer.traffic.contains('changed')).toBe(false)
      expect(observer.traffic.contains('mindCards')).toBe(false)
    }

    await advance(moderator.socket, 1) // the final vote
    expect(
      await moderator.socket.emitWithAck('facilitate', { type: 'reveal-votes', vote: 'conviction' }),
    ).toEqual({
      ok: true,
    })
    await settle(peer.socket)
    expect(peer.traffic.contains('mindCards')).toBe(true)
    const results = await server.registry.withRoom(
      board.id,
      (room) => readSession(room.document('session')).results,
    )
    expect(results.conviction).toMatchObject({
      voters: 0,
      minds: { [member.participantId]: ['bull-point'] },
      mindCards: { 'bull-point': 1 },
    })
    // Unmarking takes the mark back at the next reveal.
    expect(await member.socket.emitWithAck('vote', { ...mark, changed: false })).toEqual({
      ok: true,
      ballots: [],
    })
  })

  it('[VO12] a participant asks for their own ballots again after reconnecting, and gets theirs only', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Workshop)
    await addCard(server, board.id, 'idea-one')
    const moderator = await rawSeat(server, board.id, board.tokens.moderate)
    const key = participantKey()
    const voter = await rawSeat(server, board.id, board.tokens.edit, key)
    const other = await rawSeat(server, board.id, board.tokens.edit)
    await advance(moderator.socket, 3)
    expect(await other.socket.emitWithAck('ownBallots')).toEqual({ ok: true, ballots: [] })
    await voter.socket.emitWithAck('vote', { kind: 'dot', cardId: 'idea-one', dots: 2 })
    await other.socket.emitWithAck('vote', { kind: 'dot', cardId: 'idea-one', dots: 1 })
    voter.socket.disconnect()

    const again = await rawSeat(server, board.id, board.tokens.edit, key)
    expect(await again.socket.emitWithAck('ownBallots')).toEqual({
      ok: true,
      ballots: [{ kind: 'dot', cardId: 'idea-one', dots: 2 }],
    })
    // The moderator votes nothing and reads nobody's ballots.
    expect(await moderator.socket.emitWithAck('ownBallots')).toEqual({ ok: true, ballots: [] })
  })

  it('[VO13] the conviction reveal names its members for everyone unless the board is anonymous; turning anonymity on takes the names away', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Committee)
    const moderator = await rawSeat(server, board.id, board.tokens.moderate)
    const member = await connectClient(server.url, board.id, { token: board.tokens.bull, name: 'Alice' })
    await vi.waitFor(() => expect(member.provider.seat).toBeDefined())
    const memberId = member.provider.seat!.participantId
    await member.provider.vote({ kind: 'conviction', round: 'pre', side: 'for', conviction: 3 })
    const reveal = () =>
      moderator.socket.emitWithAck('facilitate', { type: 'reveal-votes', vote: 'conviction' })
    const conviction = () =>
      server.registry.withRoom(board.id, (room) => readSession(room.document('session')).results.conviction)

    await vi.waitFor(async () => {
      expect(await reveal()).toEqual({ ok: true })
      expect((await conviction())?.names).toEqual({ [memberId]: 'Alice' })
    })
    expect(await moderator.socket.emitWithAck('facilitate', { type: 'anonymous', anonymous: true })).toEqual({
      ok: true,
    })
    expect((await conviction())?.names).toBeUndefined()
    expect(await reveal()).toEqual({ ok: true })
    expect(await conviction()).toMatchObject({ members: { [memberId]: { pre: 3 } } })
    expect((await conviction())?.names).toBeUndefined()
    member.provider.destroy()
  })

  it('[VO14] a raw client’s dots on a “what would change our mind” card are refused, and nothing is stored', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Workshop)
    await server.registry.withRoom(board.id, (room) =>
      room.change('board', (doc) => {
        createCard(
          doc,
          {
            stance: 'bear',
            x: 0,
            y: 0,
            text: 'If churn passes 5 %',
            authorId: 'a-x',
            authorName: '',
            kind: 'falsifier',
          },
          { id: 'kill-criterion' },
        )
      }),
    )
    const moderator = await rawSeat(server, board.id, board.tokens.moderate)
    const voter = await rawSeat(server, board.id, board.tokens.edit)
    await advance(moderator.socket, 3)
    expect(
      await voter.socket.emitWithAck('vote', { kind: 'dot', cardId: 'kill-criterion', dots: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: ErrorCode.BadRequest },
    })
    const keys = await server.registry.withRoom(board.id, (room) => [
      ...room.document('ballots').getMap(BALLOTS_ROOT).keys(),
    ])
    expect(keys).toEqual([])
  })

  it('[VO8] ballots survive a server restart and count in a later reveal', async () => {
    const first = await startTestServer()
    const board = await createDebateBoard(first, Format.Committee)
    const key = participantKey()
    const member = await rawSeat(first, board.id, board.tokens.bull, key)
    expect(
      await member.socket.emitWithAck('vote', {
        kind: 'conviction',
        round: 'pre',
        side: 'for',
        conviction: 4,
      }),
    ).toMatchObject({
      ok: true,
    })
    member.socket.disconnect()

    const second = await restartTestServer(first)
    const again = await rawSeat(second, board.id, board.tokens.bull, key)
    const moderator = await rawSeat(second, board.id, board.tokens.moderate)
    expect(
      await moderator.socket.emitWithAck('facilitate', { type: 'reveal-votes', vote: 'conviction' }),
    ).toEqual({
      ok: true,
    })
    const results = await second.registry.withRoom(
      board.id,
      (room) => readSession(room.document('session')).results,
    )
    expect(results.conviction).toMatchObject({
      voters: 1,
      pre: { for: 1, against: 0, conviction: 4, lean: 4 },
      final: null,
      members: { [again.participantId]: { pre: 4, final: null, shift: null } },
    })
    // The same participant replaces, not doubles, the ballot stored before the restart.
    const answer = await again.socket.emitWithAck('vote', {
      kind: 'conviction',
      round: 'pre',
      side: 'against',
      conviction: 5,
    })
    expect(answer).toEqual({
      ok: true,
      ballots: [{ kind: 'conviction', round: 'pre', side: 'against', conviction: 5 }],
    })
  })
})
