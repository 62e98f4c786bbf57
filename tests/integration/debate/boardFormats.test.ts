/** Creating a board with a format, its articles and anonymity: the session document it starts with. */
import { beforeAll, describe, expect, it } from 'vitest'
import { Role } from '../../../shared/access.ts'
import { DEMO_BOARD_ID } from '../../../shared/board/ids.ts'
import { readSources } from '../../../shared/board/index.ts'
import { FORMATS, FORMAT_ORDER } from '../../../shared/debate/formats.ts'
import { readSession } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { connectClient } from '../../helpers/clients.ts'
import { createBoardViaApi, tokenOf, type TestServer } from '../../helpers/testServer.ts'
import { callApi, jsonOf, startDebateServer } from './apiHarness.ts'

let server: TestServer
beforeAll(async () => {
  server = await startDebateServer()
})

async function openBoard(id: string, token: string) {
  const client = await connectClient(server.url, id, { token })
  return { session: readSession(client.provider.session), sources: readSources(client.doc) }
}

describe('creating a board with a format', () => {
  it.each(FORMAT_ORDER)(
    '[PH40] a %s board starts its session at the first phase of the format’s plan',
    async (format) => {
      const { id, tokens } = await createBoardViaApi(server, { title: 'Class', format, articles: 'none' })
      const { session } = await openBoard(id, tokens.view)
      expect(session).toMatchObject({
        format,
        draftScope: FORMATS[format].draftScope,
        phases: FORMATS[format].phases,
        phaseIndex: 0,
        locked: false,
        anonymous: FORMATS[format].anonymousByDefault,
        groups: [],
        group: null,
      })
    },
  )

  it('[PH40] answers a link for every role, each opening the board with that role', async () => {
    const { id, links, tokens } = await createBoardViaApi(server, { title: 'Roles', articles: 'none' })
    expect(Object.keys(links).sort()).toEqual(Object.values(Role).sort())
    expect(new Set(Object.values(tokens)).size).toBe(Object.values(Role).length)
    for (const role of Object.values(Role)) {
      const meta = await jsonOf<{ role: string }>(
        await callApi(server, `/api/boards/${id}`, { token: tokenOf(links[role]) }),
        200,
      )
      expect(meta.role).toBe(role)
    }
  })

  it('[PH40] a board without a format is a free board, with the demo articles', async () => {
    const { id, tokens } = await createBoardViaApi(server, { title: 'Defaults' })
    const { session, sources } = await openBoard(id, tokens.edit)
    expect(session).toMatchObject({ format: 'free', phases: FORMATS.free.phases })
    expect(sources.map((source) => source.language)).toEqual(['zh-Hant', 'zh-Hans'])
  })

  it.each([
    [{ articles: 'none' }, 0],
    [{ articles: 'demo' }, 2],
    [{ template: 'blank' }, 0],
    [{ template: 'ai-boom' }, 2],
  ] as const)('[PH40] %j starts the board with %i articles', async (choice, count) => {
    const { id, tokens } = await createBoardViaApi(server, {
      title: 'Articles',
      format: 'classroom',
      ...choice,
    })
    expect((await openBoard(id, tokens.edit)).sources).toHaveLength(count)
  })

  it('[PH40] `anonymous` overrides the format’s default either way', async () => {
    for (const anonymous of [true, false]) {
      const { id, tokens } = await createBoardViaApi(server, {
        title: 'Hidden',
        format: 'workshop',
        anonymous,
      })
      expect((await openBoard(id, tokens.view)).session.anonymous).toBe(anonymous)
    }
  })

  it('[PH40] the demo board stays a free board', async () => {
    const { session } = await openBoard(DEMO_BOARD_ID, '')
    expect(session.format).toBe('free')
  })

  it.each([
    ['an unknown format', { format: 'debate' }, 'format: must be classroom, committee, workshop or free'],
    ['a format of the wrong type', { format: 3 }, 'format: must be classroom, committee, workshop or free'],
    ['unknown articles', { articles: 'mine' }, 'articles: must be demo or none'],
    ['anonymity that is not a boolean', { anonymous: 'yes' }, 'anonymous: must be true or false'],
    [
      'both articles and template',
      { articles: 'none', template: 'ai-boom' },
      'template: give either articles',
    ],
  ])('[PH41] refuses %s with 400 BAD_REQUEST naming the field', async (_name, body, message) => {
    const response = await callApi(server, '/api/boards', { method: 'POST', body: { title: 'x', ...body } })
    const { error } = await jsonOf<{ error: { code: string; message: string } }>(response, 400)
    expect(error.code).toBe(ErrorCode.BadRequest)
    expect(error.message).toContain(message)
  })
})
