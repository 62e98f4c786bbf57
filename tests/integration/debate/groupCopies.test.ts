/** Small-group copies of a board: same articles and plan, own links, one moderator for all. */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { Role, SessionDocName } from '../../../shared/access.ts'
import { deriveGroupModeratorToken } from '../../../shared/auth/derivedTokens.ts'
import { DocName, createCard, readCards, readSources } from '../../../shared/board/index.ts'
import { FORMATS } from '../../../shared/debate/formats.ts'
import { MAX_GROUPS, readSession, writeSession } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { hashToken } from '../../../server/auth/capabilities.ts'
import type { GroupStatus } from '../../../server/boards/groupStatus.ts'
import { connectClient, type TestClient } from '../../helpers/clients.ts'
import { createBoardViaApi, tokensOf, type TestServer } from '../../helpers/testServer.ts'
import { callApi, jsonOf, startDebateServer } from './apiHarness.ts'

interface MadeGroup {
  id: string
  number: number
  links: Record<Role, string>
}

let server: TestServer
beforeAll(async () => {
  server = await startDebateServer()
})

async function makeGroups(id: string, token: string, count: number): Promise<MadeGroup[]> {
  const response = await callApi(server, `/api/boards/${id}/groups`, {
    method: 'POST',
    token,
    body: { count },
  })
  return (await jsonOf<{ groups: MadeGroup[] }>(response, 201)).groups
}

async function listGroups(id: string, token: string): Promise<GroupStatus[]> {
  return (
    await jsonOf<{ groups: GroupStatus[] }>(await callApi(server, `/api/boards/${id}/groups`, { token }), 200)
  ).groups
}

/** The id a client's cards carry, from the seat the server gives it. */
async function authorIdOf(client: TestClient): Promise<string> {
  await vi.waitFor(() => expect(client.provider.seat).toBeDefined())
  return client.provider.seat!.authorId
}

function storedCardCount(id: string): Promise<number> {
  return server.registry.withRoom(id, (room) => readCards(room.document(DocName.Board)).length)
}

async function errorOf(response: Response, status: number) {
  return (await jsonOf<{ error: { code: string; message: string } }>(response, status)).error
}

/** A classroom board whose moderator renamed and retimed two phases, moved on to the third and wrote a card. */
async function runningClassroom(options: { articles?: 'demo' | 'none' } = {}) {
  const board = await createBoardViaApi(server, {
    title: 'Class 3B',
    motion: 'AI is a bubble.',
    format: 'classroom',
    anonymous: true,
    articles: options.articles ?? 'demo',
  })
  const renamed = ['Team prep', 'Opening speeches']
  const phases = FORMATS.classroom.phases.map((phase, index) =>
    renamed[index] ? { ...phase, name: renamed[index], durationSec: 300 } : { ...phase },
  )
  // The facilitation handler is the lead's; the server's own change stands in for it here.
  await server.registry.withRoom(board.id, (room) =>
    room.change(SessionDocName.Session, (doc) => writeSession(doc, { phases, phaseIndex: 2 })),
  )
  // The moderator writes it: moderators may in any phase (shared/debate/boardRules.ts).
  const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
  createCard(moderator.doc, {
    stance: 'bull',
    x: 0,
    y: 0,
    authorId: await authorIdOf(moderator),
    authorName: 'Ms Li',
  })
  await vi.waitFor(async () => expect(await storedCardCount(board.id)).toBe(1))
  return { ...board, phases, moderator }
}

describe('making small groups', () => {
  it('[PH42] copies the articles, format, renamed plan and anonymity, at the first phase and without cards', async () => {
    const original = await runningClassroom()
    const groups = await makeGroups(original.id, original.tokens.moderate, 3)
    expect(groups.map((group) => group.number)).toEqual([1, 2, 3])
    const originalSources = readSources(original.moderator.doc)
    for (const group of groups) {
      expect(Object.keys(group.links).sort()).toEqual(Object.values(Role).sort())
      const member = await connectClient(server.url, group.id, { token: tokensOf(group.links).edit })
      expect(readSources(member.doc)).toEqual(originalSources)
      expect(readCards(member.doc)).toEqual([])
      expect(readSession(member.provider.session)).toMatchObject({
        format: 'classroom',
        phases: original.phases,
        phaseIndex: 0,
        anonymous: true,
        timer: { status: 'idle', remainingMs: original.phases[0]!.durationSec * 1000 },
        groups: [],
        group: { parentId: original.id, number: group.number },
      })
    }
    await vi.waitFor(() =>
      expect(readSession(original.moderator.provider.session).groups).toEqual(
        groups.map((group) => group.id),
      ),
    )
  })

  it('[PH42] numbers later groups after the first ones', async () => {
    const original = await runningClassroom({ articles: 'none' })
    await makeGroups(original.id, original.tokens.moderate, 2)
    const more = await makeGroups(original.id, original.tokens.moderate, 2)
    expect(more.map((group) => group.number)).toEqual([3, 4])
    expect((await listGroups(original.id, original.tokens.moderate)).map((group) => group.number)).toEqual([
      1, 2, 3, 4,
    ])
  })

  it('[PH43] the original moderator token opens every copy as moderator, through a token derived from it', async () => {
    const original = await runningClassroom({ articles: 'none' })
    const groups = await makeGroups(original.id, original.tokens.moderate, 2)
    for (const group of groups) {
      const derived = await deriveGroupModeratorToken(original.tokens.moderate, group.id)
      expect(tokensOf(group.links).moderate).toBe(derived)
      const meta = await jsonOf<{ role: string }>(
        await callApi(server, `/api/boards/${group.id}`, { token: derived }),
        200,
      )
      expect(meta.role).toBe(Role.Moderate)
      expect(await server.store.findRole(group.id, hashToken(derived))).toBe(Role.Moderate)
      const moderator = await connectClient(server.url, group.id, { token: derived })
      expect(moderator.provider.canWrite('control')).toBe(true)
      // The original's own token is no key to a copy.
      const response = await callApi(server, `/api/boards/${group.id}`, { token: original.tokens.moderate })
      expect((await errorOf(response, 401)).code).toBe(ErrorCode.Unauthorized)
    }
  })
})

describe('who may make and list groups', () => {
  it('[PH44] refuses a request without a token (401) and any other role’s (403 FORBIDDEN)', async () => {
    const original = await runningClassroom({ articles: 'none' })
    const post = (token?: string) =>
      callApi(server, `/api/boards/${original.id}/groups`, { method: 'POST', token, body: { count: 2 } })
    const get = (token?: string) => callApi(server, `/api/boards/${original.id}/groups`, { token })
    expect((await errorOf(await post(), 401)).code).toBe(ErrorCode.Unauthorized)
    expect((await errorOf(await get(), 401)).code).toBe(ErrorCode.Unauthorized)
    for (const role of [Role.Edit, Role.Bull, Role.Bear, Role.View, Role.Projector]) {
      expect([role, (await errorOf(await post(original.tokens[role]), 403)).code]).toEqual([
        role,
        ErrorCode.Forbidden,
      ])
      expect([role, (await errorOf(await get(original.tokens[role]), 403)).code]).toEqual([
        role,
        ErrorCode.Forbidden,
      ])
    }
    expect(await listGroups(original.id, original.tokens.moderate)).toEqual([])
  })

  it.each([
    ['none', {}],
    ['zero', { count: 0 }],
    ['more than the limit', { count: MAX_GROUPS + 1 }],
    ['a fraction', { count: 2.5 }],
    ['a string', { count: '3' }],
    ['an unknown field', { count: 2, copyCards: true }],
  ])('[PH44] refuses a count of %s with 400 BAD_REQUEST', async (_name, body) => {
    const original = await runningClassroom({ articles: 'none' })
    const response = await callApi(server, `/api/boards/${original.id}/groups`, {
      method: 'POST',
      token: original.tokens.moderate,
      body,
    })
    expect((await errorOf(response, 400)).code).toBe(ErrorCode.BadRequest)
  })

  it(`[PH44] a board has at most ${MAX_GROUPS} groups in all, and a group cannot be split again`, async () => {
    const original = await runningClassroom({ articles: 'none' })
    const groups = await makeGroups(original.id, original.tokens.moderate, MAX_GROUPS - 1)
    const tooMany = await callApi(server, `/api/boards/${original.id}/groups`, {
      method: 'POST',
      token: original.tokens.moderate,
      body: { count: 2 },
    })
    const error = await errorOf(tooMany, 429)
    expect(error).toMatchObject({
      code: ErrorCode.LimitReached,
      message: expect.stringContaining('at most 1 more'),
    })
    expect(await makeGroups(original.id, original.tokens.moderate, 1)).toHaveLength(1)
    expect(await listGroups(original.id, original.tokens.moderate)).toHaveLength(MAX_GROUPS)

    const copyModerator = tokensOf(groups[0]!.links).moderate
    const nested = await callApi(server, `/api/boards/${groups[0]!.id}/groups`, {
      method: 'POST',
      token: copyModerator,
      body: { count: 1 },
    })
    expect(await errorOf(nested, 400)).toMatchObject({
      code: ErrorCode.BadRequest,
      message: expect.stringContaining('already a group'),
    })
  })

  it('[PH44] two requests at once never pass the limit together', async () => {
    const original = await runningClassroom({ articles: 'none' })
    const half = MAX_GROUPS / 2 + 1
    const responses = await Promise.all(
      [0, 1].map(() =>
        callApi(server, `/api/boards/${original.id}/groups`, {
          method: 'POST',
          token: original.tokens.moderate,
          body: { count: half },
        }),
      ),
    )
    expect(responses.map((response) => response.status).sort()).toEqual([201, 429])
    expect(await listGroups(original.id, original.tokens.moderate)).toHaveLength(half)
  })
})

describe('the groups overview', () => {
  it('[PH45] lists each group’s title, phase, lock, cards, articles, people online and newest card', async () => {
    const original = await runningClassroom()
    const [first, second] = await makeGroups(original.id, original.tokens.moderate, 2)
    const moderator = await connectClient(server.url, first!.id, { token: tokensOf(first!.links).moderate })
    const authorId = await authorIdOf(moderator)
    createCard(moderator.doc, { stance: 'bull', x: 0, y: 0, authorId, authorName: 'Ms Li' }, { now: 1234 })
    await vi.waitFor(async () => {
      const [one] = await listGroups(original.id, original.tokens.moderate)
      expect(one?.cards).toBe(1)
    })
    const statuses = await listGroups(original.id, original.tokens.moderate)
    const common = {
      title: 'Class 3B',
      phase: { id: 'prepare', kind: 'draft', name: 'Team prep' },
      locked: false,
      sources: 2,
    }
    expect(statuses).toEqual([
      { ...common, id: first!.id, number: 1, cards: 1, online: 1, lastCardAt: 1234 },
      { ...common, id: second!.id, number: 2, cards: 0, online: 0, lastCardAt: null },
    ])
  })
})
