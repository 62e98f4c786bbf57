import i18next from 'i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { describeResetError } from '../../../client/board/useLinkReset.ts'
import { rotateBoardLink } from '../../../client/http/boardsApi.ts'
import { en } from '../../../client/i18n/en.ts'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'

const i18n = i18next.createInstance()
void i18n.init({ lng: 'en', resources: { en: { translation: en } }, initAsync: false })
const t = i18n.t.bind(i18n)

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => vi.unstubAllGlobals())

describe('rotateBoardLink', () => {
  it('posts to the rotate endpoint with the moderator token and resolves to the new link', async () => {
    const fetchMock = answer(200, { role: 'edit', link: 'http://h/b/x#token=new' })
    await expect(rotateBoardLink('board-1', 'edit', 'mod-token')).resolves.toBe('http://h/b/x#token=new')
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(path).toBe('/api/boards/board-1/links/edit/rotate')
    expect(init.method).toBe('POST')
    expect(init.headers).toMatchObject({ Authorization: 'Bearer mod-token' })
  })

  it("rejects with the server's error code when the token is not the moderator's", async () => {
    answer(403, { error: { code: 'FORBIDDEN', message: 'Only the moderator can replace board links.' } })
    const refusal = rotateBoardLink('board-1', 'view', 'edit-token')
    await expect(refusal).rejects.toBeInstanceOf(BoardError)
    await expect(refusal).rejects.toMatchObject({ code: ErrorCode.Forbidden })
  })
})

describe('describeResetError', () => {
  it('says only the moderator can reset links when the server refuses the token', () => {
    const expected = 'Only the moderator can reset links. Open the board with the moderator link.'
    expect(describeResetError(t, new BoardError(ErrorCode.Forbidden, 'no'))).toBe(expected)
    expect(describeResetError(t, new BoardError(ErrorCode.Unauthorized, 'no'))).toBe(expected)
  })

  it('says the link was not reset, and why, for any other failure', () => {
    expect(describeResetError(t, new BoardError(ErrorCode.BoardUnavailable, 'down'))).toBe(
      'The link was not reset. The server cannot be reached. Check your connection.',
    )
  })
})
