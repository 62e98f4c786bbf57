/**
 * The debate's phase and team rules, one row per rule (SPEC "Roles and phases", PH1–PH16): who may
 * make which change to the arguments, on the board or in drafts, in each phase kind. Each row also
 * checks its mirror: a moderator may always make the same change (PH1).
 */
import { describe, expect, it } from 'vitest'
import type { Team } from '../../../shared/access.ts'
import {
  refuseChange,
  type BoardChange,
  type CardFacts,
  type ChangeTarget,
  type Writer,
} from '../../../shared/debate/boardRules.ts'
import { Format, PhaseKind } from '../../../shared/debate/formats.ts'
import { currentPhase, initialSession, type SessionState } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'

/** The session of a `format` board in its phase `phaseId`, with `patch` applied. */
function at(format: Format, phaseId: string, patch: Partial<SessionState> = {}): SessionState {
  const session = initialSession(format)
  const phaseIndex = session.phases.findIndex((phase) => phase.id === phaseId)
  if (phaseIndex < 0) throw new Error(`${format} has no phase ${phaseId}`)
  return { ...session, phaseIndex, ...patch }
}

/** One session per phase kind, from the plans that hold it. */
const prepare = at(Format.Classroom, 'prepare') // draft
const openings = at(Format.Classroom, 'openings') // argue
const bullCase = at(Format.Committee, 'bull-case')
const bearCase = at(Format.Committee, 'bear-case')
const rebuttal = at(Format.Classroom, 'rebuttal')
const cluster = at(Format.Workshop, 'cluster')
const discussion = at(Format.Committee, 'discussion') // discuss
const vote = at(Format.Classroom, 'vote')
const result = at(Format.Classroom, 'result')
/** The open kind's own rules: only a free board's plan holds it, and a free board checks none (PH2). */
const open: SessionState = {
  ...at(Format.Committee, 'discussion'),
  phases: [{ id: 'open', kind: PhaseKind.Open, durationSec: 0 }],
  phaseIndex: 0,
}
const free = initialSession(Format.Free)

const member = (team: Team | null, authorId: string): Writer => ({ moderator: false, team, authorId })
const alice = member('bull', 'alice-id')
const dave = member('bull', 'dave-id') // Alice's teammate
const bob = member('bear', 'bob-id')
const carol = member(null, 'carol-id') // an editor without a team
const moderator: Writer = { moderator: true, team: null, authorId: 'mod-id' }

/** A card as the document holds it: its stance, author and the phase it was made in. */
const cardOf = (writer: Writer, stance: string, phaseId: string | undefined): CardFacts => ({
  stance,
  authorId: writer.authorId,
  phaseId,
})

/** The card `writer` makes now, as an honest client makes it; `patch` forges its fields. */
function create(
  session: SessionState,
  writer: Writer,
  stance: string,
  patch: Partial<Extract<BoardChange, { kind: 'card-create' }>> = {},
): BoardChange {
  return {
    kind: 'card-create',
    stance,
    team: writer.team ?? undefined,
    authorId: writer.authorId,
    authorName: session.anonymous ? '' : 'A name',
    phaseId: currentPhase(session).id,
    ...patch,
  }
}
const edit = (field: string, card: CardFacts, value?: unknown): BoardChange =>
  value === undefined ? { kind: 'card-edit', field, card } : { kind: 'card-edit', field, card, value }
const remove = (card: CardFacts): BoardChange => ({ kind: 'card-delete', card })
const link: BoardChange = { kind: 'link-change' }
const source: BoardChange = { kind: 'source-add' }
const removeSource: BoardChange = { kind: 'source-remove' }
const editSource = (field: string): BoardChange => ({ kind: 'source-edit', field })

interface Row {
  name: string
  session: SessionState
  writer: Writer
  target: ChangeTarget
  change: BoardChange
  expect: null | ErrorCode
  /** What the refusal says, where rows of one code say different things. */
  message?: RegExp
}

const { Forbidden, PhaseLocked } = ErrorCode
const alicesOpening = cardOf(alice, 'bull', 'openings')
const alicesRebuttal = cardOf(alice, 'bull', 'rebuttal')
const bobsOpening = cardOf(bob, 'bear', 'openings')
const carolsBull = cardOf(carol, 'bull', 'openings')

const rows: Row[] = [
  // PH1: moderators.
  {
    name: '[PH1] a moderator makes a bear card in the bull case',
    ...{ session: bullCase, writer: moderator, target: 'board' },
    change: create(bullCase, moderator, 'bear', { authorId: 'anyone' }),
    expect: null,
  },
  {
    name: '[PH1] a moderator changes any card on a locked board',
    ...{ session: { ...rebuttal, locked: true }, writer: moderator, target: 'board' },
    change: edit('text', bobsOpening),
    expect: null,
  },
  {
    name: '[PH1] a moderator writes in drafts outside a private phase',
    ...{ session: vote, writer: moderator, target: 'drafts' },
    change: remove(alicesOpening),
    expect: null,
  },
  // PH2: a free board.
  {
    name: '[PH2] on a free board a member changes anybody’s card',
    ...{ session: free, writer: alice, target: 'board' },
    change: edit('stance', bobsOpening, 'bull'),
    expect: null,
  },
  {
    name: '[PH2] on a free board a card needs no team, phase or own author id',
    ...{ session: free, writer: alice, target: 'board' },
    change: create(free, alice, 'bear', { team: undefined, authorId: 'someone', phaseId: undefined }),
    expect: null,
  },
  // PH3: the lock.
  {
    name: '[PH3] a member makes no card on a locked board',
    ...{ session: { ...openings, locked: true }, writer: alice, target: 'board' },
    change: create(openings, alice, 'bull'),
    expect: PhaseLocked,
  },
  {
    name: '[PH3] a locked free board is locked too',
    ...{ session: { ...free, locked: true }, writer: alice, target: 'board' },
    change: edit('x', alicesOpening, 10),
    expect: PhaseLocked,
  },
  {
    name: '[PH3] a member writes no drafts while the board is locked',
    ...{ session: { ...prepare, locked: true }, writer: alice, target: 'drafts' },
    change: create(prepare, alice, 'bull'),
    expect: PhaseLocked,
  },
  // PH4: private phases.
  {
    name: '[PH4] in a draft phase a member makes a card in the team’s drafts',
    ...{ session: prepare, writer: alice, target: 'drafts' },
    change: create(prepare, alice, 'bull'),
    expect: null,
  },
  {
    name: '[PH4] in a draft phase the board is closed to members',
    ...{ session: prepare, writer: alice, target: 'board' },
    change: create(prepare, alice, 'bull'),
    expect: PhaseLocked,
  },
  {
    name: '[PH4] in a draft phase no link is made on the board',
    ...{ session: prepare, writer: alice, target: 'board' },
    change: link,
    expect: PhaseLocked,
  },
  {
    name: '[PH4] after the reveal the drafts are closed',
    ...{ session: openings, writer: alice, target: 'drafts' },
    change: create(openings, alice, 'bull'),
    expect: PhaseLocked,
  },
  // PH5: phases where either side argues.
  {
    name: '[PH5] in an argue phase a bull member makes a bull card',
    ...{ session: openings, writer: alice, target: 'board' },
    change: create(openings, alice, 'bull'),
    expect: null,
  },
  {
    name: '[PH5] in an argue phase a bear member makes a bear card',
    ...{ session: openings, writer: bob, target: 'board' },
    change: create(openings, bob, 'bear'),
    expect: null,
  },
  {
    name: '[PH5] in a rebuttal phase a bear member makes a bear card',
    ...{ session: rebuttal, writer: bob, target: 'board' },
    change: create(rebuttal, bob, 'bear'),
    expect: null,
  },
  {
    name: '[PH5] in a cluster phase a member without a team makes a bull card',
    ...{ session: cluster, writer: carol, target: 'board' },
    change: create(cluster, carol, 'bull'),
    expect: null,
  },
  {
    name: '[PH5] in a discuss phase a bear member makes a bear card',
    ...{ session: discussion, writer: bob, target: 'board' },
    change: create(discussion, bob, 'bear'),
    expect: null,
  },
  {
    name: '[PH5] in an open phase a bear member makes a bull card',
    ...{ session: open, writer: bob, target: 'board' },
    change: create(open, bob, 'bull'),
    expect: null,
  },
  {
    name: '[PH5] no card has a stance other than bull or bear',
    ...{ session: openings, writer: carol, target: 'board' },
    change: create(openings, carol, 'neutral'),
    expect: PhaseLocked,
  },
  // PH6: one side's case.
  {
    name: '[PH6] in the bull case a bull member makes a bull card',
    ...{ session: bullCase, writer: alice, target: 'board' },
    change: create(bullCase, alice, 'bull'),
    expect: null,
  },
  {
    name: '[PH6] in the bull case a bear member makes no bear card',
    ...{ session: bullCase, writer: bob, target: 'board' },
    change: create(bullCase, bob, 'bear'),
    expect: PhaseLocked,
    message: /^Only bull cards can be made in this phase/,
  },
  {
    name: '[PH6] in the bull case a member without a team makes no bear card',
    ...{ session: bullCase, writer: carol, target: 'board' },
    change: create(bullCase, carol, 'bear'),
    expect: PhaseLocked,
  },
  {
    name: '[PH6] in the bull case a bear member does not change a bear card of their own',
    ...{ session: bullCase, writer: bob, target: 'board' },
    change: edit('text', cardOf(bob, 'bear', 'pre-read')),
    expect: PhaseLocked,
  },
  {
    name: '[PH6] in the bear case a bear member makes a bear card',
    ...{ session: bearCase, writer: bob, target: 'board' },
    change: create(bearCase, bob, 'bear'),
    expect: null,
  },
  {
    name: '[PH6] in the bear case a bull member makes no bull card',
    ...{ session: bearCase, writer: alice, target: 'board' },
    change: create(bearCase, alice, 'bull'),
    expect: PhaseLocked,
  },
  {
    name: '[PH6] in the bear case a bull member does not remove a bull card of their own',
    ...{ session: bearCase, writer: alice, target: 'board' },
    change: remove(cardOf(alice, 'bull', 'bull-case')),
    expect: PhaseLocked,
  },
  // PH7: read-only phases.
  {
    name: '[PH7] in a vote phase no card is made',
    ...{ session: vote, writer: alice, target: 'board' },
    change: create(vote, alice, 'bull'),
    expect: PhaseLocked,
    message: /^New cards cannot be made in this phase/,
  },
  {
    name: '[PH7] in a vote phase a member does not change a card of their own',
    ...{ session: vote, writer: alice, target: 'board' },
    change: edit('text', alicesOpening),
    expect: PhaseLocked,
  },
  {
    name: '[PH7] in a vote phase a member does not move a card of their own',
    ...{ session: vote, writer: alice, target: 'board' },
    change: edit('y', alicesOpening, 5),
    expect: PhaseLocked,
  },
  {
    name: '[PH7] in a vote phase a member does not remove a card of their own',
    ...{ session: vote, writer: alice, target: 'board' },
    change: remove(alicesOpening),
    expect: PhaseLocked,
  },
  {
    name: '[PH7] in a vote phase no link is made or removed',
    ...{ session: vote, writer: alice, target: 'board' },
    change: link,
    expect: PhaseLocked,
  },
  {
    name: '[PH7] in a vote phase no article is added',
    ...{ session: vote, writer: alice, target: 'board' },
    change: source,
    expect: PhaseLocked,
  },
  {
    name: '[PH7] in a result phase no card is made',
    ...{ session: result, writer: bob, target: 'board' },
    change: create(result, bob, 'bear'),
    expect: PhaseLocked,
  },
  {
    name: '[PH7] in a result phase no link is made or removed',
    ...{ session: result, writer: bob, target: 'board' },
    change: link,
    expect: PhaseLocked,
  },
  // PH8: one's own side.
  {
    name: '[PH8] in an argue phase a bull member makes no bear card',
    ...{ session: openings, writer: alice, target: 'board' },
    change: create(openings, alice, 'bear'),
    expect: Forbidden,
  },
  {
    name: '[PH8] in a draft phase a bull member drafts no bear card',
    ...{ session: prepare, writer: alice, target: 'drafts' },
    change: create(prepare, alice, 'bear'),
    expect: Forbidden,
  },
  {
    name: '[PH8] in a rebuttal phase a bear member makes no bull card',
    ...{ session: rebuttal, writer: bob, target: 'board' },
    change: create(rebuttal, bob, 'bull'),
    expect: Forbidden,
  },
  {
    name: '[PH8] in a cluster phase a bull member makes a bear card',
    ...{ session: cluster, writer: alice, target: 'board' },
    change: create(cluster, alice, 'bear'),
    expect: null,
  },
  {
    name: '[PH8] a member without a team makes a card of either side',
    ...{ session: openings, writer: carol, target: 'board' },
    change: create(openings, carol, 'bear'),
    expect: null,
  },
  // PH9: what a new card carries.
  {
    name: '[PH9] a team member’s card without the team is refused',
    ...{ session: openings, writer: alice, target: 'board' },
    change: create(openings, alice, 'bull', { team: undefined }),
    expect: Forbidden,
  },
  {
    name: '[PH9] a card carrying the other team is refused',
    ...{ session: openings, writer: alice, target: 'board' },
    change: create(openings, alice, 'bull', { team: 'bear' }),
    expect: Forbidden,
  },
  {
    name: '[PH9] a card of a member without a team carries no team',
    ...{ session: openings, writer: carol, target: 'board' },
    change: create(openings, carol, 'bull', { team: 'bull' }),
    expect: Forbidden,
  },
  {
    name: '[PH9] a card carrying another author’s id is refused',
    ...{ session: openings, writer: alice, target: 'board' },
    change: create(openings, alice, 'bull', { authorId: 'dave-id' }),
    expect: Forbidden,
  },
  {
    name: '[PH9] a card carrying another phase is refused',
    ...{ session: rebuttal, writer: alice, target: 'board' },
    change: create(rebuttal, alice, 'bull', { phaseId: 'openings' }),
    expect: Forbidden,
  },
  {
    name: '[PH9] a card carrying no phase is refused',
    ...{ session: openings, writer: alice, target: 'board' },
    change: create(openings, alice, 'bull', { phaseId: undefined }),
    expect: Forbidden,
  },
  {
    name: '[PH9] a drafted card carries the draft phase',
    ...{ session: prepare, writer: dave, target: 'drafts' },
    change: create(prepare, dave, 'bull', { phaseId: 'prepare' }),
    expect: null,
  },
  // PH10: anonymity.
  {
    name: '[PH10] on an anonymous board a card carrying a name is refused',
    ...{ session: { ...openings, anonymous: true }, writer: alice, target: 'board' },
    change: create(openings, alice, 'bull', { authorName: 'Alice' }),
    expect: Forbidden,
  },
  {
    name: '[PH10] on an anonymous board a card without a name is made',
    ...{ session: { ...openings, anonymous: true }, writer: alice, target: 'board' },
    change: create(openings, alice, 'bull', { authorName: '' }),
    expect: null,
  },
  {
    name: '[PH10] on an anonymous board nobody writes a name into a card of their own',
    ...{ session: { ...openings, anonymous: true }, writer: alice, target: 'board' },
    change: edit('authorName', alicesOpening, 'Alice'),
    expect: Forbidden,
  },
  {
    name: '[PH10] on an anonymous board an author clears the name of a card of their own',
    ...{ session: { ...openings, anonymous: true }, writer: alice, target: 'board' },
    change: edit('authorName', alicesOpening, ''),
    expect: null,
  },
  {
    name: '[PH10] on an anonymous board an author still changes the text of a card of their own',
    ...{ session: { ...openings, anonymous: true }, writer: alice, target: 'board' },
    change: edit('text', alicesOpening),
    expect: null,
  },
  {
    name: '[PH10] on a board that is not anonymous an author renames a card of their own',
    ...{ session: openings, writer: alice, target: 'board' },
    change: edit('authorName', alicesOpening, 'Ally'),
    expect: null,
  },
  {
    name: '[PH10] on a board that is not anonymous a card carries its author’s name',
    ...{ session: openings, writer: alice, target: 'board' },
    change: create(openings, alice, 'bull', { authorName: 'Alice' }),
    expect: null,
  },
  // PH11: whose card.
  {
    name: '[PH11] on the board an author changes a card of their own',
    ...{ session: openings, writer: alice, target: 'board' },
    change: edit('text', alicesOpening),
    expect: null,
  },
  {
    name: '[PH11] on the board a member does not change another’s card of their side',
    ...{ session: openings, writer: alice, target: 'board' },
    change: edit('text', carolsBull),
    expect: Forbidden,
  },
  {
    name: '[PH11] on the board a member does not change a card of the other side',
    ...{ session: openings, writer: alice, target: 'board' },
    change: edit('excerpt', bobsOpening, null),
    expect: Forbidden,
  },
  {
    name: '[PH11] on the board an author removes a card of their own',
    ...{ session: openings, writer: alice, target: 'board' },
    change: remove(alicesOpening),
    expect: null,
  },
  {
    name: '[PH11] on the board a member does not remove another’s card',
    ...{ session: openings, writer: alice, target: 'board' },
    change: remove(carolsBull),
    expect: Forbidden,
  },
  {
    name: '[PH11] in the team’s drafts a member changes a teammate’s card',
    ...{ session: prepare, writer: alice, target: 'drafts' },
    change: edit('text', cardOf(dave, 'bull', 'prepare')),
    expect: null,
  },
  {
    name: '[PH11] in the team’s drafts a member removes a teammate’s card',
    ...{ session: prepare, writer: alice, target: 'drafts' },
    change: remove(cardOf(dave, 'bull', 'prepare')),
    expect: null,
  },
  // PH12: fields a card keeps.
  ...(['stance', 'team', 'authorId', 'phaseId', 'createdAt'] as const).map((field): Row => ({
    name: `[PH12] an author does not change the ${field} of a card of their own`,
    ...{ session: openings, writer: alice, target: 'board' },
    change: edit(field, alicesOpening, field === 'createdAt' ? 1 : 'bear'),
    expect: Forbidden,
  })),
  {
    name: '[PH12] in drafts a member does not change the stance of a teammate’s card',
    ...{ session: prepare, writer: alice, target: 'drafts' },
    change: edit('stance', cardOf(dave, 'bull', 'prepare'), 'bear'),
    expect: Forbidden,
  },
  // PH13: placement.
  {
    name: '[PH13] in a cluster phase a member moves another’s card',
    ...{ session: cluster, writer: alice, target: 'board' },
    change: edit('x', bobsOpening, 40),
    expect: null,
  },
  {
    name: '[PH13] in a cluster phase a member resizes another’s card',
    ...{ session: cluster, writer: alice, target: 'board' },
    change: edit('width', bobsOpening, 300),
    expect: null,
  },
  {
    name: '[PH13] in an open phase a member moves another’s card',
    ...{ session: open, writer: alice, target: 'board' },
    change: edit('y', bobsOpening, 40),
    expect: null,
  },
  {
    name: '[PH13] in a cluster phase a member does not rewrite another’s card',
    ...{ session: cluster, writer: alice, target: 'board' },
    change: edit('text', bobsOpening),
    expect: Forbidden,
  },
  {
    name: '[PH13] in an argue phase a member does not move another’s card',
    ...{ session: openings, writer: alice, target: 'board' },
    change: edit('x', bobsOpening, 40),
    expect: Forbidden,
  },
  {
    name: '[PH13] in an argue phase an author moves a card of their own',
    ...{ session: openings, writer: alice, target: 'board' },
    change: edit('x', alicesOpening, 40),
    expect: null,
  },
  {
    name: '[PH13] in a rebuttal phase an author moves an opening of their own',
    ...{ session: rebuttal, writer: alice, target: 'board' },
    change: edit('x', alicesOpening, 40),
    expect: null,
  },
  {
    name: '[PH13] in the bear case a bull member does not move a bull card of their own',
    ...{ session: bearCase, writer: alice, target: 'board' },
    change: edit('x', cardOf(alice, 'bull', 'bull-case'), 40),
    expect: PhaseLocked,
  },
  // PH14: a rebuttal rewrites nothing older.
  {
    name: '[PH14] in a rebuttal phase an author does not rewrite an opening of their own',
    ...{ session: rebuttal, writer: alice, target: 'board' },
    change: edit('text', alicesOpening),
    expect: PhaseLocked,
  },
  {
    name: '[PH14] in a rebuttal phase an author does not remove an opening of their own',
    ...{ session: rebuttal, writer: alice, target: 'board' },
    change: remove(alicesOpening),
    expect: PhaseLocked,
  },
  {
    name: '[PH14] in a rebuttal phase a card made before phases existed stays as it is',
    ...{ session: rebuttal, writer: alice, target: 'board' },
    change: edit('text', cardOf(alice, 'bull', undefined)),
    expect: PhaseLocked,
  },
  {
    name: '[PH14] in a rebuttal phase an author changes a rebuttal of their own',
    ...{ session: rebuttal, writer: alice, target: 'board' },
    change: edit('text', alicesRebuttal),
    expect: null,
  },
  {
    name: '[PH14] in a rebuttal phase an author removes a rebuttal of their own',
    ...{ session: rebuttal, writer: alice, target: 'board' },
    change: remove(alicesRebuttal),
    expect: null,
  },
  {
    name: '[PH14] in an argue phase an author changes a card of their own drafted earlier',
    ...{ session: openings, writer: alice, target: 'board' },
    change: edit('text', cardOf(alice, 'bull', 'prepare')),
    expect: null,
  },
  // PH15: links.
  ...[
    { session: rebuttal, kind: 'rebuttal', expect: null },
    { session: cluster, kind: 'cluster', expect: null },
    { session: discussion, kind: 'discuss', expect: null },
    { session: open, kind: 'open', expect: null },
    { session: openings, kind: 'argue', expect: PhaseLocked },
    { session: bullCase, kind: 'bull-case', expect: PhaseLocked },
  ].map(({ session, kind, expect }): Row => ({
    name: `[PH15] in a ${kind} phase links ${expect ? 'are not' : 'are'} made or removed`,
    ...{ session, writer: bob, target: 'board' },
    change: link,
    expect,
  })),
  {
    name: '[PH15] in a draft phase a team links its drafts',
    ...{ session: prepare, writer: alice, target: 'drafts' },
    change: link,
    expect: null,
  },
  // PH16: articles.
  ...[
    { session: openings, kind: 'argue', expect: null },
    { session: bullCase, kind: 'bull-case', expect: null },
    { session: bearCase, kind: 'bear-case', expect: null },
    { session: discussion, kind: 'discuss', expect: null },
    { session: open, kind: 'open', expect: null },
    { session: rebuttal, kind: 'rebuttal', expect: PhaseLocked },
    { session: cluster, kind: 'cluster', expect: PhaseLocked },
  ].map(({ session, kind, expect }): Row => ({
    name: `[PH16] in a ${kind} phase articles ${expect ? 'are not' : 'are'} added`,
    ...{ session, writer: carol, target: 'board' },
    change: source,
    expect,
  })),
  {
    name: '[PH16] in a draft phase no article is added to the drafts',
    ...{ session: prepare, writer: alice, target: 'drafts' },
    change: source,
    expect: PhaseLocked,
  }, // DC2: a falsifier's kind and review date are fields like its text.
  {
    name: '[DC2] the author sets the review date of her falsifier in the phase it was made in',
    ...{ session: openings, writer: alice, target: 'board' },
    change: edit('reviewDate', alicesOpening, '2027-03-01'),
    expect: null,
  },
  {
    name: '[DC2] nobody else sets the review date of her falsifier',
    ...{ session: openings, writer: bob, target: 'board' },
    change: edit('reviewDate', alicesOpening, '2027-03-01'),
    expect: Forbidden,
  },
  {
    name: '[DC2] the author cannot turn an opening into a falsifier in the rebuttal phase',
    ...{ session: rebuttal, writer: alice, target: 'board' },
    change: edit('kind', alicesOpening, 'falsifier'),
    expect: PhaseLocked,
  },
  // SR3: managing the articles is the moderator's, on every board, in every phase.
  ...[
    { what: 'removes an article', change: removeSource },
    { what: 'renames an article', change: editSource('title') },
    { what: 'reorders the articles', change: editSource('position') },
    { what: 'rewrites an article’s text', change: editSource('text') },
  ].flatMap(({ what, change }): Row[] =>
    [
      { where: 'a free board', session: free },
      { where: 'an argue phase', session: openings },
      { where: 'an open phase', session: open },
    ].map(({ where, session }) => ({
      name: `[SR3] a participant never ${what}, even on ${where}`,
      ...{ session, writer: carol, target: 'board' as const },
      change,
      expect: Forbidden,
      message: /Only the moderator can remove, rename or reorder articles/,
    })),
  ),
]

describe('refuseChange', () => {
  for (const row of rows)
    it(row.name, () => {
      const session = Object.freeze(structuredClone(row.session))
      const error = refuseChange(session, row.writer, row.target, row.change)
      if (row.expect === null) expect(error).toBeNull()
      else {
        expect(error?.code).toBe(row.expect)
        if (row.message) expect(error?.message).toMatch(row.message)
        // A person reads the reason: a whole sentence, not a code.
        expect(error?.message).toMatch(/^[A-Z].{10,}[.]$/)
      }
      // The mirror: a moderator may make the same change, there and then (PH1).
      expect(
        refuseChange(session, { ...moderator, team: row.writer.team }, row.target, row.change),
      ).toBeNull()
      expect(session).toEqual(row.session)
    })

  it('every phase kind has a row', () => {
    const kinds = new Set(rows.map((row) => currentPhase(row.session).kind))
    expect([...kinds].sort()).toEqual(Object.values(PhaseKind).sort())
  })
})
