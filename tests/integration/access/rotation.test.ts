import { describe, expect, it, vi } from 'vitest'
import { ErrorCode } from '../../../shared/errors.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { createTestBoard, startTestServer, type TestServer } from '../../helpers/testServer.ts'
import { tokenOf } from './accessHarness.ts'

function rotate(server: TestServer, boardId: string, role: string, token?: string) {
  return fetch(`${server.url}/api/boards/${boardId}/links/${role}/rotate`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
}

describe('rotating links', () => {
  it('[AC7] rotating the edit link disconnects the sockets that used it at once, and the old token no longer connects', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const editor = await connectClient(server.url, id, { token: tokens.edit })
    const raw = await connectRawSocket(server.url, { boardId: id, token: tokens.edit })
    const viewer = await connectClient(server.url, id, { token: tokens.view })
    const moderator = await connectClient(server.url, id, { token: tokens.moderate })
    let rawDisconnectReason: string | undefined
    raw.socket.on('disconnect', (reason) => (rawDisconnectReason = reason))

    const response = await rotate(server, id, 'edit', tokens.moderate)
    expect(response.status).toBe(200)
    const { role, link } = (await response.json()) as { role: string; link: string }
    expect(role).toBe('edit')
    const fresh = tokenOf(link)
    expect(fresh).not.toBe(tokens.edit)

    await vi.waitFor(() => {
      expect(editor.provider.status).toBe('error')
      expect(rawDisconnectReason).toBe('io server disconnect')
    })
    expect(editor.provider.error?.code).toBe(ErrorCode.TokenRevoked)
    expect(raw.errors.map((error) => error.code)).toEqual([ErrorCode.TokenRevoked])
    expect(viewer.provider.status).toBe('synced')
    expect(moderator.provider.status).toBe('synced')

    await expect(connectRawSocket(server.url, { boardId: id, token: tokens.edit })).rejects.toMatchObject({
      data: { code: ErrorCode.Unauthorized },
    })
    const renewed = await connectClient(server.url, id, { token: fresh })
    expect(renewed.provider.status).toBe('synced')
  })

  it('[AC8] only the moderator link can rotate, and only the edit and view links', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const cases = [
      { role: 'view', token: undefined, status: 401, code: ErrorCode.Unauthorized },
      { role: 'view', token: tokens.edit, status: 403, code: ErrorCode.Forbidden },
      { role: 'edit', token: tokens.view, status: 403, code: ErrorCode.Forbidden },
      { role: 'view', token: 'not-a-token', status: 401, code: ErrorCode.Unauthorized },
      { role: 'moderate', token: tokens.moderate, status: 400, code: ErrorCode.BadRequest },
      { role: 'admin', token: tokens.moderate, status: 400, code: ErrorCode.BadRequest },
    ]
    for (const { role, token, status, code } of cases) {
      const response = await rotate(server, id, role, token)
      expect({ role, status: response.status }).toEqual({ role, status })
      expect(await response.json()).toMatchObject({ error: { code } })
    }
    // Nothing was rotated by the refused calls.
    await connectRawSocket(server.url, { boardId: id, token: tokens.view })
    await connectRawSocket(server.url, { boardId: id, token: tokens.edit })
  })

  it('[AC9] rotating the view link disconnects viewers but leaves editors connected', async () => {
    const server = await startTestServer()
    const { id, tokens } = await createTestBoard(server)
    const viewer = await connectClient(server.url, id, { token: tokens.view })
    const editor = await connectClient(server.url, id, { token: tokens.edit })
    expect((await rotate(server, id, 'view', tokens.moderate)).status).toBe(200)
    await vi.waitFor(() => expect(viewer.provider.error?.code).toBe(ErrorCode.TokenRevoked))
    expect(editor.provider.status).toBe('synced')
  })
})
