/**
 * The role × phase rules on a real server, one row per rule: each attempt comes from a fresh
 * participant over a real socket, and either reaches the server's document or is refused with its code.
 */
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { Role } from '../../../shared/access.ts'
import { createCard, getCardText, linkCards, readCards } from '../../../shared/board/index.ts'
import { getBoardRoots } from '../../../shared/board/layout.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { currentPhase, readSession } from '../../../shared/debate/session.ts'
import type { BoardError } from '../../../shared/errors.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { encodeSyncUpdate, type Seat } from '../../../shared/protocol.ts'
import { connectClient, connectRawSocket } from '../../helpers/clients.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../../helpers/testServer.ts'

type Attempt = (
  doc: Y.Doc,
  seat: Seat,
  phaseId: string,
  existing: { bull: string; bear: string },
) => (server: Y.Doc) => boolean

const card =
  (stance: 'bull' | 'bear', team?: 'own' | 'bull' | 'bear'): Attempt =>
  (doc, seat, phaseId) => {
    const id = createCard(doc, {
      stance,
      text: `${stance} by ${seat.role}`,
      x: 0,
      y: 0,
      authorId: seat.authorId,
      authorName: 'Someone',
      phaseId,
      ...(team === 'own' ? (seat.team ? { team: seat.team } : {}) : team ? { team } : {}),
    })
    return (server) => getBoardRoots(server).cards.has(id)
  }
const link: Attempt = (doc, _seat, _phase, existing) => {
  const id = linkCards(doc, { from: existing.bear, to: existing.bull, kind: 'rebuts' })!
  return (server) => getBoardRoots(server).links.has(id)
}
const deleteCard =
  (side: 'bull' | 'bear'): Attempt =>
  (doc, _seat, _phase, existing) => {
    getBoardRoots(doc).cards.delete(existing[side])
    return (server) => !getBoardRoots(server).cards.has(existing[side])
  }
const editText =
  (side: 'bull' | 'bear'): Attempt =>
  (doc, _seat, _phase, existing) => {
    getCardText(doc, existing[side])!.insert(0, 'EDITED ')
    return (server) => getCardText(server, existing[side])!.toString().startsWith('EDITED ')
  }

interface Row {
  rule: string
  format: Format
  /** How many times the moderator advances before the attempt. */
  advance: number
  lock?: boolean
  role: Role
  attempt: Attempt
  expect: 'ok' | ErrorCode
}

const rows: Row[] = [
  {
    rule: '[PH4] in Prepare the board is closed to participants',
    format: Format.Classroom,
    advance: 0,
    role: 'bull',
    attempt: card('bull', 'own'),
    expect: ErrorCode.PhaseLocked,
  },
  {
    rule: '[PH5] in Openings a bull member makes bull cards',
    format: Format.Classroom,
    advance: 1,
    role: 'bull',
    attempt: card('bull', 'own'),
    expect: 'ok',
  },
  {
    rule: '[PH8] in Openings a bull member cannot make a bear card',
    format: Format.Classroom,
    advance: 1,
    role: 'bull',
    attempt: card('bear', 'own'),
    expect: ErrorCode.Forbidden,
  },
  {
    rule: '[PH9] a card cannot claim another team',
    format: Format.Classroom,
    advance: 1,
    role: 'bear',
    attempt: card('bear', 'bull'),
    expect: ErrorCode.Forbidden,
  },
  {
    rule: '[PH15] in Openings links wait for the rebuttal',
    format: Format.Classroom,
    advance: 1,
    role: 'bear',
    attempt: link,
    expect: ErrorCode.PhaseLocked,
  },
  {
    rule: '[PH11] only its author (or the moderator) removes a card',
    format: Format.Classroom,
    advance: 1,
    role: 'bear',
    attempt: deleteCard('bull'),
    expect: ErrorCode.Forbidden,
  },
  {
    rule: '[PH11] only its author (or the moderator) changes a card',
    format: Format.Classroom,
    advance: 1,
    role: 'bull',
    attempt: editText('bull'),
    expect: ErrorCode.Forbidden,
  },
  {
    rule: '[PH15] in Rebuttal a team links its rebuttal',
    format: Format.Classroom,
    advance: 2,
    role: 'bear',
    attempt: link,
    expect: 'ok',
  },
  {
    rule: '[PH5] in Rebuttal a team adds a rebuttal card',
    format: Format.Classroom,
    advance: 2,
    role: 'bear',
    attempt: card('bear', 'own'),
    expect: 'ok',
  },
  {
    rule: '[PH7] in Vote the board is read-only to participants',
    format: Format.Classroom,
    advance: 3,
    role: 'bull',
    attempt: card('bull', 'own'),
    expect: ErrorCode.PhaseLocked,
  },
  {
    rule: '[PH3] a locked board refuses every participant edit',
    format: Format.Classroom,
    advance: 1,
    lock: true,
    role: 'bull',
    attempt: card('bull', 'own'),
    expect: ErrorCode.PhaseLocked,
  },
  {
    rule: '[PH33] observers write nothing, in any phase: refused on the raw socket',
    format: Format.Classroom,
    advance: 1,
    role: 'view',
    attempt: card('bull'),
    expect: ErrorCode.Forbidden,
  },
  {
    rule: '[PH33] the projector writes nothing: refused on the raw socket',
    format: Format.Classroom,
    advance: 1,
    role: 'projector',
    attempt: card('bull'),
    expect: ErrorCode.Forbidden,
  },
  {
    rule: '[PH1] the moderator may do anything, locked or not',
    format: Format.Classroom,
    advance: 3,
    lock: true,
    role: 'moderate',
    attempt: deleteCard('bull'),
    expect: 'ok',
  },
  {
    rule: '[PH6] in the committee’s bull case the bear side waits',
    format: Format.Committee,
    advance: 1,
    role: 'bear',
    attempt: card('bear', 'own'),
    expect: ErrorCode.PhaseLocked,
  },
  {
    rule: '[PH6] in the committee’s bull case the bull presenters argue',
    format: Format.Committee,
    advance: 1,
    role: 'bull',
    attempt: card('bull', 'own'),
    expect: 'ok',
  },
  {
    rule: '[PH15] in a workshop’s cluster phase anyone links any card',
    format: Format.Workshop,
    advance: 2,
    role: 'edit',
    attempt: link,
    expect: 'ok',
  },
]

/** A board of `format` with one bull and one bear card the moderator made, moved on `advance` phases. */
async function boardAt(server: TestServer, row: Row) {
  const created = await createBoardViaApi(server, { title: 'Rules', format: row.format, articles: 'none' })
  const moderator = await connectClient(server.url, created.id, { token: created.tokens.moderate })
  for (let i = 0; i < row.advance; i++) await moderator.provider.facilitate({ type: 'advance' })
  if (row.lock) await moderator.provider.facilitate({ type: 'lock', locked: true })
  await vi.waitFor(() => expect(readSession(moderator.provider.session).phaseIndex).toBe(row.advance))
  const make = (stance: 'bull' | 'bear') =>
    createCard(moderator.doc, {
      stance,
      text: stance,
      x: 0,
      y: 0,
      authorId: 'a-someone-else',
      authorName: '',
      team: stance,
    })
  const existing = { bull: make('bull'), bear: make('bear') }
  const room = await server.registry.acquire(created.id)
  server.registry.release(created.id)
  await vi.waitFor(() => expect(readCards(room.document('board'))).toHaveLength(2))
  return { created, room, existing }
}

describe('role × phase rules on a real server', () => {
  it.each(rows)('$rule', async (row) => {
    const server = await startTestServer()
    const { created, room, existing } = await boardAt(server, row)
    const actor = await connectClient(server.url, created.id, { token: created.tokens[row.role] })
    const errors: BoardError[] = []
    actor.provider.on('board-error', (error) => errors.push(error))
    const session = readSession(actor.provider.session)
    const updates: Uint8Array[] = []
    actor.doc.on('update', (update: Uint8Array) => updates.push(update))
    const reached = row.attempt(actor.doc, actor.provider.seat!, currentPhase(session).id, existing)
    if (!actor.provider.canWrite('board')) {
      // The provider holds back what it may not write; the server must refuse it from a raw socket.
      const raw = await connectRawSocket(server.url, { boardId: created.id, token: created.tokens[row.role] })
      raw.socket.emit('sync', 'board', encodeSyncUpdate(Y.mergeUpdates(updates)))
      await vi.waitFor(() => expect(raw.errors.map((error) => error.code)).toContain(row.expect))
      expect(reached(room.document('board'))).toBe(false)
      return
    }
    if (row.expect === 'ok') {
      await vi.waitFor(() => expect(reached(room.document('board'))).toBe(true))
      expect(errors).toEqual([])
    } else {
      await vi.waitFor(() => expect(errors.map((error) => error.code)).toContain(row.expect))
      expect(reached(room.document('board'))).toBe(false)
    }
  })
})
