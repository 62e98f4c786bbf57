/** RP2, RP4–RP7 on a real server: replay snapshots at phase changes and over time, and the replay API. */
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createCard, readCards, type Card } from '../../../shared/board/index.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import type { ReplayBoard, ReplayList } from '../../../shared/replay/replayApi.ts'
import { connectClient, type TestClient } from '../../helpers/clients.ts'
import { createDebateBoard } from '../../helpers/debateBoards.ts'
import { startTestServer, type TestServer } from '../../helpers/testServer.ts'

const SECRET = '看多的秘密论点 private draft'

function get(server: TestServer, path: string, token?: string) {
  return fetch(`${server.url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {})
}

async function listOf(server: TestServer, boardId: string, token: string): Promise<ReplayList> {
  const response = await get(server, `/api/boards/${boardId}/replay`, token)
  expect(response.status).toBe(200)
  return (await response.json()) as ReplayList
}

async function snapshotOf(server: TestServer, boardId: string, seq: number, token: string) {
  const response = await get(server, `/api/boards/${boardId}/replay/${seq}`, token)
  expect(response.status).toBe(200)
  return (await response.json()) as ReplayBoard
}

/** Puts a card on the board as a change of the server's own (what a participant's card would be). */
async function addBoardCard(server: TestServer, boardId: string, text: string, authorName = 'Ada') {
  await server.registry.withRoom(boardId, (room) =>
    room.change('board', (doc) => {
      createCard(doc, { stance: 'bull', text, x: 0, y: 0, authorId: 'author-ada', authorName })
    }),
  )
}

/** Writes a draft card into a team member's drafts document. */
async function draft(client: TestClient, text: string) {
  await vi.waitFor(() => expect(client.provider.document(client.provider.seat?.drafts ?? '')).toBeDefined())
  const seat = client.provider.seat!
  createCard(client.provider.document(seat.drafts!)!, {
    stance: 'bull',
    text,
    x: 0,
    y: 0,
    authorId: seat.authorId,
    authorName: 'Bo',
    team: 'bull',
    phaseId: 'prepare',
  })
}

/** Every replay snapshot's raw state as stored. */
async function storedStates(server: TestServer, boardId: string) {
  const infos = await server.store.listReplaySnapshots(boardId)
  return Promise.all(
    infos.map(async ({ seq }) => (await server.store.readReplaySnapshot(boardId, seq))!.state),
  )
}

const texts = (cards: readonly Pick<Card, 'text'>[]) => cards.map((card) => card.text).sort()

describe('replay', () => {
  it('[RP4] each phase change stores a snapshot tagged with the phase entered, holding the cards of that time', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const bull = await connectClient(server.url, board.id, { token: board.tokens.bull })
    await draft(bull, 'opening argument')
    await vi.waitFor(async () =>
      expect(
        await server.registry.withRoom(board.id, (room) => readCards(room.document('drafts/bull'))),
      ).toHaveLength(1),
    )

    await moderator.provider.facilitate({ type: 'advance' })
    await moderator.provider.facilitate({ type: 'rename-phase', phaseId: 'rebuttal', name: '反驳 Rebuttal' })
    await moderator.provider.facilitate({ type: 'advance' })
    await addBoardCard(server, board.id, 'a rebuttal')
    await moderator.provider.facilitate({ type: 'advance' })

    const view = board.tokens.view
    await vi.waitFor(async () => expect((await listOf(server, board.id, view)).snapshots).toHaveLength(3))
    const { snapshots } = await listOf(server, board.id, view)
    expect(snapshots).toEqual([
      { seq: expect.any(Number), at: expect.any(Number), phaseId: 'openings', cards: 1, links: 0 },
      {
        seq: expect.any(Number),
        at: expect.any(Number),
        phaseId: 'rebuttal',
        phaseName: '反驳 Rebuttal',
        cards: 1,
        links: 0,
      },
      { seq: expect.any(Number), at: expect.any(Number), phaseId: 'vote', cards: 2, links: 0 },
    ])
    expect(snapshots.map((s) => s.at)).toEqual([...snapshots.map((s) => s.at)].sort((a, b) => a - b))

    const openings = await snapshotOf(server, board.id, snapshots[0]!.seq, view)
    expect(openings).toMatchObject({ seq: snapshots[0]!.seq, phaseId: 'openings', sources: [], links: [] })
    expect(texts(openings.cards)).toEqual(['opening argument'])
    const vote = await snapshotOf(server, board.id, snapshots[2]!.seq, view)
    expect(texts(vote.cards)).toEqual(['a rebuttal', 'opening argument'])
    // Stepping back is a phase change too.
    await moderator.provider.facilitate({ type: 'back' })
    await vi.waitFor(async () =>
      expect((await listOf(server, board.id, view)).snapshots.at(-1)).toMatchObject({ phaseId: 'rebuttal' }),
    )
  })

  it('[RP5] snapshots hold the board document only: a private draft is in no snapshot until it is revealed', async () => {
    const server = await startTestServer({ replay: { intervalMs: 50, limit: 200 } })
    const board = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    const bull = await connectClient(server.url, board.id, { token: board.tokens.bull })
    await draft(bull, SECRET)
    await vi.waitFor(async () =>
      expect(
        await server.registry.withRoom(board.id, (room) => readCards(room.document('drafts/bull'))),
      ).toHaveLength(1),
    )
    // The board changes while the draft is private (a private phase ends only by revealing it).
    await addBoardCard(server, board.id, 'a public card')
    await vi.waitFor(async () => expect(await server.store.listReplaySnapshots(board.id)).toHaveLength(1))

    const secretBytes = new TextEncoder().encode(SECRET)
    const contains = (bytes: Uint8Array) => Buffer.from(bytes).includes(Buffer.from(secretBytes))
    const states = await storedStates(server, board.id)
    expect(states.length).toBeGreaterThan(0)
    expect(states.some(contains)).toBe(false)
    for (const state of states) {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, state)
      expect([...doc.share.keys()].every((root) => ['cards', 'links', 'sources'].includes(root))).toBe(true)
    }
    const { snapshots } = await listOf(server, board.id, board.tokens.view)
    for (const { seq } of snapshots) {
      const body = await (
        await get(server, `/api/boards/${board.id}/replay/${seq}`, board.tokens.bear)
      ).text()
      expect(body).not.toContain(SECRET)
      expect(body).toContain('a public card')
    }
    // Revealed, the draft is the board's: the snapshot of the next phase holds it.
    await moderator.provider.facilitate({ type: 'advance' })
    await vi.waitFor(async () => expect((await storedStates(server, board.id)).some(contains)).toBe(true))
  })

  it('[RP2] periodic snapshots are taken while the board changes and stop when it does not', async () => {
    const server = await startTestServer({ replay: { intervalMs: 40, limit: 200 } })
    const board = await createDebateBoard(server, Format.Free)
    await connectClient(server.url, board.id, { token: board.tokens.edit })
    await addBoardCard(server, board.id, 'one')
    await vi.waitFor(async () => expect(await server.store.listReplaySnapshots(board.id)).toHaveLength(1))
    await addBoardCard(server, board.id, 'two')
    await vi.waitFor(async () => expect(await server.store.listReplaySnapshots(board.id)).toHaveLength(2))
    // NOTE: a negative: nothing signals "checked, nothing changed", so ten intervals are waited out.
    await new Promise((resolve) => setTimeout(resolve, 400))
    const snapshots = await server.store.listReplaySnapshots(board.id)
    expect(snapshots.map((s) => s.cards)).toEqual([1, 2])
    expect(snapshots.every((s) => s.phaseId === undefined)).toBe(true)
  })

  it('[RP6] any of the board’s links reads the replay; no token or another board’s is 401, an unknown board or snapshot 404, as JSON', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom)
    const other = await createDebateBoard(server, Format.Classroom)
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    await moderator.provider.facilitate({ type: 'advance' })
    await vi.waitFor(async () => expect(await server.store.listReplaySnapshots(board.id)).toHaveLength(1))
    const seq = (await server.store.listReplaySnapshots(board.id))[0]!.seq
    for (const role of ['moderate', 'edit', 'bull', 'bear', 'view', 'projector'] as const) {
      expect((await listOf(server, board.id, board.tokens[role])).snapshots).toHaveLength(1)
      expect((await snapshotOf(server, board.id, seq, board.tokens[role])).phaseId).toBe('openings')
    }
    const refusals = [
      { path: `/api/boards/${board.id}/replay`, token: undefined, status: 401, code: ErrorCode.Unauthorized },
      {
        path: `/api/boards/${board.id}/replay/${seq}`,
        token: undefined,
        status: 401,
        code: ErrorCode.Unauthorized,
      },
      {
        path: `/api/boards/${board.id}/replay`,
        token: other.tokens.view,
        status: 401,
        code: ErrorCode.Unauthorized,
      },
      {
        path: `/api/boards/${board.id}/replay/${seq}`,
        token: other.tokens.moderate,
        status: 401,
        code: ErrorCode.Unauthorized,
      },
      {
        path: `/api/boards/${board.id}/replay`,
        token: 'not-a-token',
        status: 401,
        code: ErrorCode.Unauthorized,
      },
      {
        path: `/api/boards/missing-board/replay`,
        token: board.tokens.view,
        status: 404,
        code: ErrorCode.NotFound,
      },
      {
        path: `/api/boards/${board.id}/replay/${seq + 1000}`,
        token: board.tokens.view,
        status: 404,
        code: ErrorCode.NotFound,
      },
      // Another board's snapshot is not this board's.
      {
        path: `/api/boards/${other.id}/replay/${seq}`,
        token: other.tokens.view,
        status: 404,
        code: ErrorCode.NotFound,
      },
      {
        path: `/api/boards/${board.id}/replay/first`,
        token: board.tokens.view,
        status: 400,
        code: ErrorCode.BadRequest,
      },
    ]
    for (const { path, token, status, code } of refusals) {
      const response = await get(server, path, token)
      expect({ path, status: response.status }).toEqual({ path, status })
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      const body = (await response.json()) as { error: { code: string; message: string } }
      expect(body.error.code).toBe(code)
      expect(body.error.message).not.toMatch(/ at .*\.ts/)
    }
  })

  it('[RP7] once the board is anonymous, peers read no author names in any snapshot; the moderator still does', async () => {
    const server = await startTestServer()
    const board = await createDebateBoard(server, Format.Classroom, { anonymous: false })
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    await moderator.provider.facilitate({ type: 'advance' })
    await addBoardCard(server, board.id, 'named', 'Ada Lovelace')
    await moderator.provider.facilitate({ type: 'advance' })
    await vi.waitFor(async () => expect(await server.store.listReplaySnapshots(board.id)).toHaveLength(2))
    const seq = (await server.store.listReplaySnapshots(board.id))[1]!.seq
    expect((await snapshotOf(server, board.id, seq, board.tokens.bear)).cards[0]!.authorName).toBe(
      'Ada Lovelace',
    )

    await moderator.provider.facilitate({ type: 'anonymous', anonymous: true })
    for (const role of ['edit', 'bull', 'bear', 'view', 'projector'] as const) {
      const body = await (
        await get(server, `/api/boards/${board.id}/replay/${seq}`, board.tokens[role])
      ).text()
      expect(body).not.toContain('Ada Lovelace')
    }
    const forModerator = await snapshotOf(server, board.id, seq, board.tokens.moderate)
    expect(forModerator.cards[0]).toMatchObject({ authorName: 'Ada Lovelace', authorId: 'author-ada' })
  })
})
