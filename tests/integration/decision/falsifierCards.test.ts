/** Falsifier cards on a real server (DC1, DC2): made and dated by their author, checked like any card. */
import { describe, expect, it, vi } from 'vitest'
import { createCard, getCardMap, readCard, setReviewDate } from '../../../shared/board/index.ts'
import type { BoardError } from '../../../shared/errors.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { currentPhase, readSession } from '../../../shared/debate/session.ts'
import { connectClient } from '../../helpers/clients.ts'
import { createBoardViaApi, startTestServer } from '../../helpers/testServer.ts'

describe('falsifier cards', () => {
  it('[DC2] a bull member makes a dated falsifier in the openings; a peer sees it; a forged date is refused', async () => {
    const server = await startTestServer()
    const created = await createBoardViaApi(server, {
      title: 'Kill criteria',
      format: Format.Classroom,
      articles: 'none',
    })
    const moderator = await connectClient(server.url, created.id, { token: created.tokens.moderate })
    await moderator.provider.facilitate({ type: 'advance' })
    const bull = await connectClient(server.url, created.id, { token: created.tokens.bull })
    const bear = await connectClient(server.url, created.id, { token: created.tokens.bear })
    await vi.waitFor(() => expect(currentPhase(readSession(bull.provider.session)).id).toBe('openings'))
    const errors: BoardError[] = []
    bull.provider.on('board-error', (error) => errors.push(error))
    const seat = bull.provider.seat!
    const id = createCard(bull.doc, {
      stance: 'bull',
      kind: 'falsifier',
      text: 'If rates rise twice more, we were wrong.',
      x: 0,
      y: 0,
      authorId: seat.authorId,
      authorName: 'Ann',
      team: 'bull',
      phaseId: 'openings',
    })
    setReviewDate(bull.doc, id, '2027-06-30')
    await vi.waitFor(() =>
      expect(readCard(bear.doc, id)).toMatchObject({ kind: 'falsifier', reviewDate: '2027-06-30' }),
    )

    // Past the client's own check: a day that does not exist reaches the server, which refuses it.
    getCardMap(bull.doc, id)!.set('reviewDate', '2027-02-30')
    await vi.waitFor(() => expect(errors.map((error) => error.code)).toContain(ErrorCode.UpdateRefused))
    const room = await server.registry.withRoom(created.id, (r) => readCard(r.document('board'), id))
    expect(room?.reviewDate).toBe('2027-06-30')
    // And the other side's member may not date it.
    const bearErrors: BoardError[] = []
    bear.provider.on('board-error', (error) => bearErrors.push(error))
    setReviewDate(bear.doc, id, '2028-01-01')
    await vi.waitFor(() => expect(bearErrors.map((error) => error.code)).toContain(ErrorCode.Forbidden))
  })
})
