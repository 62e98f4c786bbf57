import { describe, expect, it, vi } from 'vitest'
import { createCard, readCards, readLinks, linkCards } from '../../../shared/board/index.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { encodeSyncStep1 } from '../../../shared/protocol.ts'
import * as Y from 'yjs'
import { connectClient, connectRawSocket, type TestClient } from '../../helpers/clients.ts'
import { createDebateBoard } from '../../helpers/debateBoards.ts'
import { recordTraffic } from '../../helpers/rawTraffic.ts'
import { startTestServer } from '../../helpers/testServer.ts'

const SECRET = '看多的秘密论点 bull secret argument'

/** The drafts document a participant's seat names, once granted. */
async function draftsOf(client: TestClient): Promise<Y.Doc> {
  await vi.waitFor(() => expect(client.provider.seat?.drafts).toBeTruthy())
  const name = client.provider.seat!.drafts!
  await vi.waitFor(() => expect(client.provider.document(name)).toBeDefined())
  return client.provider.document(name)!
}

function draftCard(client: TestClient, doc: Y.Doc, text: string) {
  const seat = client.provider.seat!
  return createCard(doc, {
    stance: seat.team ?? 'bull',
    text,
    x: 0,
    y: 0,
    authorId: seat.authorId,
    authorName: 'Ada',
    ...(seat.team ? { team: seat.team } : {}),
    phaseId: 'prepare',
  })
}

describe('private drafting and reveal', () => {
  it('[PH24] a team’s drafts reach its members and the moderator only: the other team’s raw socket never receives a byte of them', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const bull = await connectClient(server.url, board.id, { token: board.tokens.bull })
    const teammate = await connectClient(server.url, board.id, { token: board.tokens.bull })
    const { socket: bear, errors } = await connectRawSocket(server.url, {
      boardId: board.id,
      token: board.tokens.bear,
    })
    const traffic = recordTraffic(bear)

    expect(bull.provider.seat).toMatchObject({ team: 'bull', drafts: 'drafts/bull' })
    const drafts = await draftsOf(bull)
    draftCard(bull, drafts, SECRET)
    const teammateDrafts = await draftsOf(teammate)
    await vi.waitFor(() => expect(readCards(teammateDrafts).map((card) => card.text)).toEqual([SECRET]))
    await vi.waitFor(() => expect(moderator.provider.document('drafts/bull')).toBeDefined())
    await vi.waitFor(() => expect(readCards(moderator.provider.document('drafts/bull')!)).toHaveLength(1))

    // Asking for the other team's drafts outright is refused, and answers nothing.
    bear.emit('sync', 'drafts/bull', encodeSyncStep1(new Y.Doc()))
    await vi.waitFor(() => expect(errors.map((error) => error.code)).toContain(ErrorCode.Forbidden))
    expect(traffic.contains(SECRET)).toBe(false)
    expect(traffic.contains('drafts/bull')).toBe(false)
    expect(traffic.syncedDocuments()).not.toContain('drafts/bull')
  })

  it('[PH25] advancing out of the private phase reveals every draft in one board transaction, with authors, excerpts and links; the drafts are emptied', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const bull = await connectClient(server.url, board.id, { token: board.tokens.bull })
    const { socket: bear } = await connectRawSocket(server.url, {
      boardId: board.id,
      token: board.tokens.bear,
    })
    const traffic = recordTraffic(bear)
    const drafts = await draftsOf(bull)
    const first = draftCard(bull, drafts, SECRET)
    const second = draftCard(bull, drafts, 'a supporting point')
    linkCards(drafts, { from: second, to: first, kind: 'supports' })
    await vi.waitFor(() => expect(readLinks(moderator.provider.document('drafts/bull')!)).toHaveLength(1))
    const boardUpdatesBefore = traffic.events.filter(
      ({ event, args }) => event === 'sync' && args[0] === 'board',
    ).length

    await moderator.provider.facilitate({ type: 'advance' })

    await vi.waitFor(() => expect(traffic.contains(SECRET)).toBe(true))
    const boardUpdates = traffic.events.filter(({ event, args }) => event === 'sync' && args[0] === 'board')
    expect(boardUpdates.length - boardUpdatesBefore).toBe(1)
    const room = await server.registry.acquire(board.id)
    const cards = readCards(room.document('board'))
    expect(cards.map((card) => card.text).sort()).toEqual([SECRET, 'a supporting point'].sort())
    expect(
      cards.every((card) => card.authorId === bull.provider.seat!.authorId && card.team === 'bull'),
    ).toBe(true)
    expect(readLinks(room.document('board'))).toEqual([expect.objectContaining({ from: second, to: first })])
    expect(readCards(room.document('drafts/bull'))).toEqual([])
    server.registry.release(board.id)
    await vi.waitFor(() => expect(readCards(drafts)).toEqual([]))
  })

  it('[PH26] in a workshop everyone drafts alone: a participant’s drafts reach only them and the moderator', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Workshop)
    const ana = await connectClient(server.url, board.id, { token: board.tokens.edit })
    const { socket: ben } = await connectRawSocket(server.url, {
      boardId: board.id,
      token: board.tokens.edit,
    })
    const traffic = recordTraffic(ben)
    const drafts = await draftsOf(ana)
    expect(ana.provider.seat!.drafts).toMatch(/^drafts\/p-[0-9a-f]{24}$/)
    createCard(drafts, {
      stance: 'bear',
      text: SECRET,
      x: 0,
      y: 0,
      authorId: ana.provider.seat!.authorId,
      authorName: 'Ana',
      phaseId: 'brainstorm',
    })
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    await vi.waitFor(() => expect(moderator.provider.document(ana.provider.seat!.drafts!)).toBeDefined())
    await vi.waitFor(() =>
      expect(readCards(moderator.provider.document(ana.provider.seat!.drafts!)!)).toHaveLength(1),
    )
    expect(traffic.contains(SECRET)).toBe(false)
    expect([...traffic.syncedDocuments()].some((name) => name === ana.provider.seat!.drafts)).toBe(false)
  })
})
