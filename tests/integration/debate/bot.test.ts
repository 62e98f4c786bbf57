/**
 * A bot runs a whole Classroom debate through the documented API only: POST /api/boards with the
 * format, then BoardProvider and its facilitate() for the moderator, and plain Yjs edits for teams.
 */
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import {
  createCard,
  linkCards,
  makeExcerpt,
  readCards,
  readLinks,
  readSources,
} from '../../../shared/board/index.ts'
import { currentPhase, readSession, type SessionState } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { connectClient, type TestClient } from '../../helpers/clients.ts'
import { createBoardViaApi, startTestServer } from '../../helpers/testServer.ts'

/** A card of this participant's own, as the server requires it in the current phase. */
function argue(client: TestClient, doc: Y.Doc, session: SessionState, text: string, passage?: string) {
  const seat = client.provider.seat!
  const source = readSources(client.doc)[0]!
  const start = passage ? source.text.indexOf(passage) : -1
  return createCard(doc, {
    stance: seat.team!,
    team: seat.team!,
    text,
    x: 0,
    y: 0,
    authorId: seat.authorId,
    authorName: `${seat.team} bot`,
    phaseId: currentPhase(session).id,
    ...(start >= 0 ? { excerpt: makeExcerpt(source.id, source.text, start, start + passage!.length) } : {}),
  })
}

async function phaseIs(client: TestClient, id: string) {
  await vi.waitFor(() => expect(currentPhase(readSession(client.provider.session)).id).toBe(id))
  return readSession(client.provider.session)
}

describe('a bot runs a debate', () => {
  it('[PH32] the Classroom format from creation to Result, through the facilitation API', async () => {
    const server = await startTestServer()
    const created = await createBoardViaApi(server, {
      title: 'Is the AI boom sustainable?',
      motion: 'The AI boom is sustainable.',
      format: 'classroom',
      articles: 'demo',
    })
    const moderator = await connectClient(server.url, created.id, {
      token: created.tokens.moderate,
      name: 'Teacher',
    })
    const bull = await connectClient(server.url, created.id, { token: created.tokens.bull, name: 'Bull bot' })
    const bear = await connectClient(server.url, created.id, { token: created.tokens.bear, name: 'Bear bot' })
    expect(readSources(bull.doc)).toHaveLength(2)

    // Prepare: each team drafts in private.
    let session = await phaseIs(moderator, 'prepare')
    await moderator.provider.facilitate({ type: 'timer-start' })
    const source = readSources(bull.doc)[0]!
    const passage = source.text.slice(40, 80)
    const bullDrafts = bull.provider.document(bull.provider.seat!.drafts!)!
    const bullCard = argue(bull, bullDrafts, session, 'Demand is real and growing.', passage)
    const bearDrafts = bear.provider.document(bear.provider.seat!.drafts!)!
    const bearCard = argue(bear, bearDrafts, session, 'Capex is running ahead of revenue.')
    await vi.waitFor(() => expect(readCards(moderator.provider.document('drafts/bear')!)).toHaveLength(1))
    await vi.waitFor(() => expect(readCards(moderator.provider.document('drafts/bull')!)).toHaveLength(1))
    expect(readCards(bear.doc)).toEqual([])

    // Openings: the drafts are on the board for everyone.
    await moderator.provider.facilitate({ type: 'advance' })
    session = await phaseIs(bear, 'openings')
    await vi.waitFor(() =>
      expect(
        readCards(bear.doc)
          .map((card) => card.id)
          .sort(),
      ).toEqual([bullCard, bearCard].sort()),
    )
    expect(readCards(bear.doc).find((card) => card.id === bullCard)?.excerpt?.quote).toBe(passage)

    // Rebuttal: the bear team answers the bull card.
    await moderator.provider.facilitate({ type: 'advance' })
    session = await phaseIs(bear, 'rebuttal')
    const rebuttal = argue(bear, bear.doc, session, 'Demand today is mostly pilots.')
    linkCards(bear.doc, { from: rebuttal, to: bullCard, kind: 'rebuts' })
    await vi.waitFor(() =>
      expect(readLinks(bull.doc)).toEqual([expect.objectContaining({ from: rebuttal, kind: 'rebuts' })]),
    )

    // Vote, then Result: the board is closed to participants.
    await moderator.provider.facilitate({ type: 'advance' })
    await moderator.provider.facilitate({ type: 'advance' })
    session = await phaseIs(bull, 'result')
    await expect(moderator.provider.facilitate({ type: 'advance' })).rejects.toMatchObject({
      code: ErrorCode.BadRequest,
    })
    expect(readCards(moderator.doc)).toHaveLength(3)
    expect(session.phaseIndex).toBe(session.phases.length - 1)
  })
})
