// @vitest-environment jsdom
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { Role, SessionDocName } from '../../../../shared/access.ts'
import { createCard, deleteCards, readCards } from '../../../../shared/board/index.ts'
import type { Stance } from '../../../../shared/board/schema.ts'
import { Format } from '../../../../shared/debate/formats.ts'
import { createCardFromPassage } from '../../../../client/drafting/createCardIn.ts'
import type { Drafting } from '../../../../client/drafting/useDrafting.ts'
import type { BoardSession } from '../../../../client/sync/BoardSession.ts'
import { ARTICLE, SOURCE_ID, debateBoard, renderDrafting } from './draftingHarness.tsx'
import { seatOf, sessionIn } from './seats.ts'

const PASSAGE = { sourceId: SOURCE_ID, start: ARTICLE.indexOf('demand'), end: ARTICLE.indexOf(' keeps') }

function makeCard(drafting: Drafting, board: BoardSession, stance: Stance) {
  let made: ReturnType<typeof createCardFromPassage> | undefined
  act(() => {
    const card = { stance, passage: PASSAGE, position: { x: 0, y: 80 }, name: 'Ada' }
    made = createCardFromPassage(drafting, board.doc, card)
  })
  return made!
}

/** A bull member (or `role`) on a classroom board in `phaseId`, their drafts granted. */
function memberIn(phaseId: string, role: 'bull' | 'bear' = 'bull') {
  const server = debateBoard(sessionIn(Format.Classroom, phaseId))
  server.seat(seatOf(role))
  server.grant(`drafts/${role}`)
  const drafting = renderDrafting(server.board)
  return { ...server, drafting, drafts: server.provider.document(`drafts/${role}`)! }
}

describe('where a participant’s new card goes', () => {
  it('in Prepare, into the team’s drafts with the seat’s authorship, and never onto the board', () => {
    const { board, drafting, drafts } = memberIn('prepare')
    const made = makeCard(drafting.current, board, 'bull')
    expect('id' in made).toBe(true)
    expect(readCards(board.doc)).toEqual([])
    expect(readCards(drafts)).toMatchObject([
      { stance: 'bull', team: 'bull', authorId: 'author-bull', authorName: 'Ada', phaseId: 'prepare' },
    ])
    expect(readCards(drafts)[0]!.excerpt?.quote).toBe('demand for compute')
    expect(drafting.current.drafts?.cards.map((card) => card.id)).toEqual(['id' in made && made.id])
  })

  it('in Openings, onto the board, and the canvas shows no drafts', () => {
    const { board, drafting, drafts } = memberIn('openings')
    makeCard(drafting.current, board, 'bull')
    expect(readCards(board.doc)).toMatchObject([{ team: 'bull', phaseId: 'openings' }])
    expect(readCards(drafts)).toEqual([])
    expect(drafting.current.drafts).toBeUndefined()
  })

  it('nowhere when the server would refuse it, with the reason instead', () => {
    const { board, drafting, drafts } = memberIn('openings')
    const made = makeCard(drafting.current, board, 'bear')
    expect(made).toEqual({ refusal: expect.objectContaining({ code: 'FORBIDDEN' }) })
    expect([...readCards(board.doc), ...readCards(drafts)]).toEqual([])
  })

  it('shows a bear member their own team’s drafts, never the bull team’s', () => {
    const { drafting } = memberIn('prepare', 'bear')
    expect(drafting.current.drafts?.name).toBe('drafts/bear')
  })
})

describe('undo in drafts', () => {
  it('undoes the draft just made, in the drafts only, and redoes it', () => {
    const { board, drafting, drafts } = memberIn('prepare')
    createCard(
      board.doc,
      { stance: 'bear', x: 0, y: 0, authorId: 'someone', authorName: 'S' },
      { id: 'on-board' },
    )
    makeCard(drafting.current, board, 'bull')
    const { undoManager } = drafting.current.layer
    expect(undoManager).not.toBe(board.undoManager)
    act(() => undoManager.undo())
    expect(readCards(drafts)).toEqual([])
    expect(readCards(board.doc).map((card) => card.id)).toEqual(['on-board'])
    act(() => undoManager.redo())
    expect(readCards(drafts)).toHaveLength(1)
  })
})

describe('the reveal', () => {
  it('leaves the drafts behind: once the server moves them onto the board, the canvas shows the board alone', () => {
    const { board, drafting, drafts, setSession } = memberIn('prepare')
    makeCard(drafting.current, board, 'bull')
    const [draft] = readCards(drafts)
    // What the server does, in one transaction each: the board gets the cards, the drafts are emptied.
    act(() => {
      createCard(board.doc, { ...draft!, text: draft!.text }, { id: draft!.id, now: draft!.createdAt })
      deleteCards(drafts, [draft!.id])
    })
    setSession({ phaseIndex: 1 })
    expect(drafting.current.drafts).toBeUndefined()
    expect(drafting.current.layer.doc).toBe(board.doc)
    expect(readCards(board.doc).map((card) => card.id)).toEqual([draft!.id])
  })
})

describe('the moderator and the drafts', () => {
  it('lists every drafts document granted, team drafts first, and switches the canvas to each', () => {
    const server = debateBoard(sessionIn(Format.Classroom, 'prepare'))
    server.seat(seatOf(Role.Moderate))
    server.grant('drafts/bear', 'drafts/p-zzz', 'drafts/bull', SessionDocName.Roster)
    const drafting = renderDrafting(server.board)
    expect(drafting.current.draftsNames).toEqual(['drafts/bull', 'drafts/bear', 'drafts/p-zzz'])
    expect(drafting.current.drafts).toBeUndefined()
    act(() => drafting.current.view('drafts/bear'))
    expect(drafting.current.drafts?.name).toBe('drafts/bear')
    expect(drafting.current.rules.target).toBe('drafts')
    expect(drafting.current.layer.doc).toBe(server.provider.document('drafts/bear'))
    act(() => drafting.current.view(null))
    expect(drafting.current.layer.doc).toBe(server.board.doc)
  })
})

describe('authors on an anonymous board', () => {
  const card = {
    id: 'c',
    stance: 'bull',
    text: '',
    x: 0,
    y: 0,
    authorId: 'author-ada',
    authorName: '',
    team: 'bull',
    createdAt: 0,
  } as const

  it('are their team to a peer, and their name to the moderator, read from the roster', () => {
    const peer = debateBoard(sessionIn(Format.Classroom, 'openings', { anonymous: true }))
    peer.seat(seatOf(Role.Bear))
    expect(renderDrafting(peer.board).current.canvas.authorOf(card)).toEqual({ kind: 'team', team: 'bull' })

    const moderator = debateBoard(sessionIn(Format.Classroom, 'openings', { anonymous: true }))
    moderator.seat(seatOf(Role.Moderate))
    moderator.grant(SessionDocName.Roster)
    const drafting = renderDrafting(moderator.board)
    moderator.roster({ ada: { name: 'Ada', team: 'bull' } })
    expect(drafting.current.canvas.authorOf(card)).toEqual({
      kind: 'name',
      name: 'Ada',
      hiddenFromOthers: true,
    })
  })
})
