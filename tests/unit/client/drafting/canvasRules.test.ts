import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { Role } from '../../../../shared/access.ts'
import type { Card, Stance } from '../../../../shared/board/schema.ts'
import { FORMATS, FORMAT_ORDER, Format } from '../../../../shared/debate/formats.ts'
import type { SessionState } from '../../../../shared/debate/session.ts'
import type { Seat } from '../../../../shared/protocol.ts'
import { canvasRules, type CanvasRules, type Refusal } from '../../../../client/drafting/canvasRules.ts'
import { describeRefusal, refusalKey } from '../../../../client/drafting/refusalText.ts'
import { BoardError, ErrorCode } from '../../../../shared/errors.ts'
import type { DraftingStringKey } from '../../../../client/drafting/strings.ts'
import { seatOf, sessionIn } from './seats.ts'

/** A card as it was made: by whom, for which side, in which phase. */
function card(stance: Stance, authorId: string, phaseId: string): Card {
  return { id: 'c', stance, text: '', x: 0, y: 0, authorId, authorName: '', phaseId, createdAt: 0 }
}

type Ask = (rules: CanvasRules) => Refusal | null
const create =
  (stance: Stance): Ask =>
  (rules) =>
    rules.create(stance)
const edit =
  (target: Card, draft = false): Ask =>
  (rules) =>
    rules.edit(target, draft)
const move =
  (target: Card, draft = false): Ask =>
  (rules) =>
    rules.move(target, draft)
const remove =
  (target: Card, draft = false): Ask =>
  (rules) =>
    rules.remove(target, draft)
const link =
  (draft = false): Ask =>
  (rules) =>
    rules.link(draft)
const addSource: Ask = (rules) => rules.addSource()

interface Row {
  what: string
  seat: Seat | undefined
  session: SessionState
  /** Whether the canvas writes into drafts; and whether their document is here (default yes). */
  drafts?: boolean
  draftsOpen?: boolean
  ask: Ask
  /** The sentence the person reads (its translation key), or null when allowed. */
  refused: DraftingStringKey | null
}

const bull = seatOf(Role.Bull)
const bear = seatOf(Role.Bear)
const prepare = sessionIn(Format.Classroom, 'prepare')
const openings = sessionIn(Format.Classroom, 'openings')
const rebuttal = sessionIn(Format.Classroom, 'rebuttal')
const bullsOpening = card('bull', bull.authorId, 'openings')
const bearsOpening = card('bear', bear.authorId, 'openings')

const ROWS: Row[] = [
  // Private drafting: the team's drafts, not the board.
  {
    what: 'a bull member drafts a bull card',
    seat: bull,
    session: prepare,
    drafts: true,
    ask: create('bull'),
    refused: null,
  },
  {
    what: 'a bull member drafts no bear card',
    seat: bull,
    session: prepare,
    drafts: true,
    ask: create('bear'),
    refused: 'refusalOwnSideBull',
  },
  {
    what: 'nobody writes on the board in a private phase',
    seat: bull,
    session: prepare,
    ask: create('bull'),
    refused: 'refusalPrivatePhase',
  },
  {
    what: 'the board’s cards are read-only under the drafts',
    seat: bull,
    session: prepare,
    drafts: true,
    ask: edit(bullsOpening),
    refused: 'refusalPrivatePhase',
  },
  {
    what: 'a teammate’s draft can be written in',
    seat: bull,
    session: prepare,
    drafts: true,
    ask: edit(card('bull', 'author-mate', 'prepare'), true),
    refused: null,
  },
  {
    what: 'a teammate’s draft can be removed',
    seat: bull,
    session: prepare,
    drafts: true,
    ask: remove(card('bull', 'author-mate', 'prepare'), true),
    refused: null,
  },
  {
    what: 'drafts cannot be written until their document is here',
    seat: bull,
    session: prepare,
    drafts: true,
    draftsOpen: false,
    ask: create('bull'),
    refused: 'refusalDraftsOpening',
  },
  {
    what: 'drafting is over once the phase is public',
    seat: bull,
    session: openings,
    drafts: true,
    ask: create('bull'),
    refused: 'refusalDraftsOver',
  },
  // Openings: each team its own side, its own cards.
  {
    what: 'a bear member makes bear cards in Openings',
    seat: bear,
    session: openings,
    ask: create('bear'),
    refused: null,
  },
  {
    what: 'a bear member makes no bull card in Openings',
    seat: bear,
    session: openings,
    ask: create('bull'),
    refused: 'refusalOwnSideBear',
  },
  {
    what: 'a bear member writes in their own card',
    seat: bear,
    session: openings,
    ask: edit(bearsOpening),
    refused: null,
  },
  {
    what: 'a bear member does not write in a bull member’s card',
    seat: bear,
    session: openings,
    ask: edit(bullsOpening),
    refused: 'refusalNotAuthorChange',
  },
  {
    what: 'a bear member does not move a bull member’s card',
    seat: bear,
    session: openings,
    ask: move(bullsOpening),
    refused: 'refusalNotAuthorMove',
  },
  {
    what: 'a bear member does not remove a bull member’s card',
    seat: bear,
    session: openings,
    ask: remove(bullsOpening),
    refused: 'refusalNotAuthorRemove',
  },
  { what: 'no links in Openings', seat: bear, session: openings, ask: link(), refused: 'refusalNoLinks' },
  { what: 'articles can be added in Openings', seat: bear, session: openings, ask: addSource, refused: null },
  // Rebuttal: new cards and links; the openings stay as they were.
  { what: 'links in Rebuttal', seat: bull, session: rebuttal, ask: link(), refused: null },
  {
    what: 'an opening may still be moved in Rebuttal: moving rewrites none of it',
    seat: bull,
    session: rebuttal,
    ask: move(bullsOpening),
    refused: null,
  },
  {
    what: 'an opening is not rewritten in Rebuttal',
    seat: bull,
    session: rebuttal,
    ask: edit(bullsOpening),
    refused: 'refusalEarlierPhase',
  },
  {
    what: 'a rebuttal is written in Rebuttal',
    seat: bull,
    session: rebuttal,
    ask: edit(card('bull', bull.authorId, 'rebuttal')),
    refused: null,
  },
  {
    what: 'no articles in Rebuttal',
    seat: bull,
    session: rebuttal,
    ask: addSource,
    refused: 'refusalNoSources',
  },
  // One side's case, the vote, the lock.
  {
    what: 'only bull cards in the committee’s bull case',
    seat: bear,
    session: sessionIn(Format.Committee, 'bull-case'),
    ask: create('bear'),
    refused: 'refusalOnlyBull',
  },
  {
    what: 'no new card during the vote',
    seat: bull,
    session: sessionIn(Format.Classroom, 'vote'),
    ask: create('bull'),
    refused: 'refusalNoNewCards',
  },
  {
    what: 'nothing on a locked board',
    seat: bull,
    session: sessionIn(Format.Classroom, 'openings', { locked: true }),
    ask: create('bull'),
    refused: 'refusalLocked',
  },
  // Clustering: anyone's card moves, but its words stay its author's.
  {
    what: 'any card moves in a workshop’s clustering',
    seat: seatOf(Role.Edit),
    session: sessionIn(Format.Workshop, 'cluster'),
    ask: move(bullsOpening),
    refused: null,
  },
  {
    what: 'another’s words stay theirs while clustering',
    seat: seatOf(Role.Edit),
    session: sessionIn(Format.Workshop, 'cluster'),
    ask: edit(bullsOpening),
    refused: 'refusalNotAuthorChange',
  },
  // Seats that do not argue, and the moderator.
  {
    what: 'an observer changes nothing',
    seat: seatOf(Role.View),
    session: openings,
    ask: create('bull'),
    refused: 'refusalReadOnly',
  },
  {
    what: 'the projector changes nothing',
    seat: seatOf(Role.Projector),
    session: openings,
    ask: move(bullsOpening),
    refused: 'refusalReadOnly',
  },
  {
    what: 'nothing before the server has given a seat',
    seat: undefined,
    session: openings,
    ask: create('bull'),
    refused: 'refusalNoSeat',
  },
  {
    what: 'the moderator writes anyone’s card',
    seat: seatOf(Role.Moderate),
    session: rebuttal,
    ask: edit(bearsOpening),
    refused: null,
  },
  {
    what: 'the moderator viewing drafts leaves the board’s cards alone',
    seat: seatOf(Role.Moderate),
    session: prepare,
    drafts: true,
    ask: edit(bullsOpening),
    refused: 'refusalOtherLayer',
  },
  {
    what: 'a locked free board is locked too',
    seat: bear,
    session: sessionIn(Format.Free, 'open', { locked: true }),
    ask: create('bear'),
    refused: 'refusalLocked',
  },
  {
    what: 'everything on a free board',
    seat: bear,
    session: sessionIn(Format.Free, 'open'),
    ask: remove(bullsOpening),
    refused: null,
  },
]

describe('what the canvas allows now, and why not', () => {
  it.each(ROWS.map((row) => [row.what, row] as const))('%s', (_what, row) => {
    const rules = canvasRules({
      session: row.session,
      seat: row.seat,
      name: 'Ada',
      drafts: row.drafts ?? false,
      draftsOpen: row.draftsOpen ?? true,
    })
    const refusal = row.ask(rules)
    expect(refusal && refusalKey(refusal)).toBe(row.refused)
  })

  it('sends new cards where the canvas writes: drafts in a private phase, the board otherwise', () => {
    expect(canvasRules({ session: prepare, seat: bull, name: 'A', drafts: true }).target).toBe('drafts')
    expect(canvasRules({ session: openings, seat: bull, name: 'A', drafts: false }).target).toBe('board')
  })
})

describe('the sentences of refusals', () => {
  /** Every refusal the canvas can meet: each format's phases, each seat, each kind of change, both documents. */
  function everyRefusal(): Refusal[] {
    const seats = [bull, bear, seatOf(Role.Edit), seatOf(Role.View), undefined]
    const refusals: Refusal[] = []
    for (const format of FORMAT_ORDER)
      for (const phase of FORMATS[format].phases)
        for (const locked of [false, true])
          for (const seat of seats)
            for (const drafts of [false, true]) {
              const session = sessionIn(format, phase.id, { locked })
              const rules = canvasRules({ session, seat, name: 'Ada', drafts })
              const cards = [bullsOpening, bearsOpening, card('bull', bull.authorId, phase.id)]
              const asks: Ask[] = [create('bull'), create('bear'), link(false), link(true), addSource]
              for (const target of cards)
                for (const draft of [false, true])
                  asks.push(edit(target, draft), move(target, draft), remove(target, draft))
              for (const ask of asks) {
                const refusal = ask(rules)
                if (refusal) refusals.push(refusal)
              }
            }
    return refusals
  }

  it('are each known to the client, so a person reads them in their own language', () => {
    const unknown = new Set(
      everyRefusal()
        .filter((refusal) => !refusalKey(refusal))
        .map((refusal) => refusal.message),
    )
    expect([...unknown]).toEqual([])
  })

  it('tell a refused edit from the server in the UI’s words, and leave any other error to the generic message', () => {
    const t = ((key: string) => `«${key}»`) as unknown as TFunction
    const locked = new BoardError(ErrorCode.PhaseLocked, 'Links cannot be made or removed in this phase.')
    expect(describeRefusal(t, locked)).toBe('«refusalNoLinks»')
    const forbidden = new BoardError(
      ErrorCode.Forbidden,
      'Only its author or the moderator can remove this card.',
    )
    expect(describeRefusal(t, forbidden)).toBe('«refusalNotAuthorRemove»')
    expect(
      describeRefusal(t, new BoardError(ErrorCode.PhaseLocked, 'A rule of a newer server.')),
    ).toBeUndefined()
    expect(
      describeRefusal(
        t as never,
        new BoardError(ErrorCode.TooLarge, 'Links cannot be made or removed in this phase.'),
      ),
    ).toBeUndefined()
  })
})
