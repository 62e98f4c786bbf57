/** Edit and view links a moderator can always show again: derived from the moderator token at the epochs the server gives. */
import { describe, expect, it } from 'vitest'
import { deriveRoleToken } from '../../../shared/auth/derivedTokens.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { createTestBoard, startTestServer, type TestServer } from '../../helpers/testServer.ts'

async function readBoard(server: TestServer, id: string, token: string) {
  const response = await fetch(`${server.url}/api/boards/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { role: string; linkEpochs?: Record<string, number> }
}

function rotate(server: TestServer, id: string, role: string, token: string) {
  return fetch(`${server.url}/api/boards/${id}/links/${role}/rotate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  })
}

describe('derived edit and view links', () => {
  it('[AC40] a moderator holding only its token gets the epochs, derives the edit token, and that token connects as an editor', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const { linkEpochs } = await readBoard(server, id, tokens.moderate)
    expect(linkEpochs).toEqual({ edit: 0, bull: 0, bear: 0, view: 0, projector: 0 })

    const edit = await deriveRoleToken(tokens.moderate, 'edit', linkEpochs!.edit!)
    const view = await deriveRoleToken(tokens.moderate, 'view', linkEpochs!.view!)
    expect([edit, view]).toEqual([tokens.edit, tokens.view])
    const editor = await connectClient(server.url, id, { token: edit })
    expect([editor.provider.canWrite('board'), editor.provider.canWrite('control')]).toEqual([true, false])
    expect((await readBoard(server, id, view)).role).toBe('view')
  })

  it('[AC40] only the moderator is told the epochs', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    for (const token of [tokens.edit, tokens.view])
      expect((await readBoard(server, id, token)).linkEpochs).toBeUndefined()
  })

  it('[AC41] a reset moves the epoch on: the old derived token is refused, the newly derived one works', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const response = await rotate(server, id, 'edit', tokens.moderate)
    expect(response.status).toBe(200)
    const { linkEpochs } = await readBoard(server, id, tokens.moderate)
    expect(linkEpochs).toEqual({ edit: 1, bull: 0, bear: 0, view: 0, projector: 0 })
    const fresh = await deriveRoleToken(tokens.moderate, 'edit', linkEpochs!.edit!)
    expect(((await response.json()) as { link: string }).link).toBe(`${server.url}/b/${id}#token=${fresh}`)

    await expect(connectRawSocket(server.url, { boardId: id, token: tokens.edit })).rejects.toMatchObject({
      data: { code: ErrorCode.Unauthorized },
    })
    const editor = await connectClient(server.url, id, { token: fresh })
    expect(editor.provider.canWrite('board')).toBe(true)
    const viewer = await connectClient(server.url, id, {
      token: await deriveRoleToken(tokens.moderate, 'view', 0),
    })
    expect(viewer.provider.canWrite('board')).toBe(false)
  })
})
