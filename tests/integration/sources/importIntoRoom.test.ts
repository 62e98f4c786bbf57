/** [IM10] An imported article reaches the live board: stored, and sent to everyone on it. */
import { describe, expect, it, vi } from 'vitest'
import { readSources } from '../../../shared/board/index.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { connectClient } from '../../helpers/clients.ts'
import { createTestBoard, restartTestServer, startTestServer } from '../../helpers/testServer.ts'

function upload(url: string, boardId: string, token: string, text: string) {
  return fetch(`${url}/api/boards/${boardId}/sources`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'text/plain; charset=utf-8',
      'x-filename': encodeURIComponent('市场观察.txt'),
    },
    body: text,
  })
}

describe('importing into a live board', () => {
  it('[IM10] an uploaded article appears on every open page and survives a restart; past the article limit it is LIMIT_REACHED', async () => {
    const server = await startTestServer({ limits: { maxSourcesPerBoard: 1 } })
    const { id, tokens } = await createTestBoard(server)
    const reader = await connectClient(server.url, id, { token: tokens.view })
    const text = '人工智能的繁荣能否持续？\n\n这是一篇关于算力投资的文章，讨论收入与成本。'

    const response = await upload(server.url, id, tokens.edit, text)
    expect(response.status).toBe(201)
    const { source } = (await response.json()) as { source: { id: string; title: string } }
    await vi.waitFor(() => expect(readSources(reader.doc).map((s) => s.id)).toEqual([source.id]))
    expect(readSources(reader.doc)[0]).toMatchObject({ text, language: 'zh-Hans' })

    const second = await upload(server.url, id, tokens.edit, 'Another article, in English this time.')
    expect(second.status).toBe(429)
    expect(((await second.json()) as { error: { code: string } }).error.code).toBe(ErrorCode.LimitReached)

    const restarted = await restartTestServer(server)
    const late = await connectClient(restarted.url, id, { token: tokens.view })
    expect(readSources(late.doc).map((s) => s.text)).toEqual([text])
  })
})
