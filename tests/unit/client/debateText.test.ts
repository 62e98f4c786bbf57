/** The debate UI's pure helpers: the timer's text, what the banner says each seat may do, names, setup, shortcuts. */
import { describe, expect, it } from 'vitest'
import { Role, Team, type Role as RoleType, type Team as TeamType } from '../../../shared/access.ts'
import { Format, FORMATS } from '../../../shared/debate/formats.ts'
import { initialSession, type SessionState } from '../../../shared/debate/session.ts'
import { allowanceKey } from '../../../client/debate/allowance.ts'
import { formatClock, isUrgent } from '../../../client/debate/clockText.ts'
import { toSetupRequest } from '../../../client/debate/boardSetup.ts'
import { moderatorShortcutFor } from '../../../client/debate/moderatorShortcuts.ts'
import { defaultPhaseNameKey, phaseName } from '../../../client/debate/phaseNames.ts'
import { debateStrings, type DebateStringKey } from '../../../client/debate/strings.ts'

describe('formatClock', () => {
  it.each([
    [0, '00:00'],
    [-5_000, '00:00'],
    [1, '00:01'],
    [999, '00:01'],
    [1_000, '00:01'],
    [1_001, '00:02'],
    [59_000, '00:59'],
    [60_000, '01:00'],
    [95_000, '01:35'],
    [600_000, '10:00'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_661_000, '1:01:01'],
    [86_400_000, '24:00:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text)
  })
})

describe('isUrgent', () => {
  it.each([
    [31_000, false],
    [30_001, false],
    [30_000, true],
    [1_000, true],
    [0, false],
  ])('with %i ms left is %s', (ms, urgent) => {
    expect(isUrgent(ms)).toBe(urgent)
  })
})

type Seat = { role: RoleType; team: TeamType | null; drafts: string | null }
const bullMember: Seat = { role: Role.Bull, team: Team.Bull, drafts: 'drafts/bull' }
const bearMember: Seat = { role: Role.Bear, team: Team.Bear, drafts: 'drafts/bear' }
const noTeam: Seat = { role: Role.Edit, team: null, drafts: null }
const moderator: Seat = { role: Role.Moderate, team: null, drafts: null }
const observer: Seat = { role: Role.View, team: null, drafts: null }
const projector: Seat = { role: Role.Projector, team: null, drafts: null }

function at(format: Format, phaseId: string, patch: Partial<SessionState> = {}): SessionState {
  const session = initialSession(format)
  const phaseIndex = session.phases.findIndex((phase) => phase.id === phaseId)
  if (phaseIndex < 0) throw new Error(`${format} has no phase ${phaseId}`)
  return { ...session, phaseIndex, ...patch }
}

describe('allowanceKey: what the banner says each seat may do', () => {
  it.each<[string, SessionState, Seat, DebateStringKey]>([
    ['a bull member drafts with the team in Prepare', at('classroom', 'prepare'), bullMember, 'mayDraftTeam'],
    [
      'a participant without a team drafts alone in Prepare',
      at('classroom', 'prepare'),
      { ...noTeam, drafts: 'drafts/p-1' },
      'mayDraftOwn',
    ],
    [
      'a participant without any drafts is told to ask for a team in Prepare',
      at('classroom', 'prepare'),
      noTeam,
      'mayDraftNoTeam',
    ],
    [
      'a workshop participant drafts alone',
      at('workshop', 'brainstorm'),
      { ...noTeam, drafts: 'drafts/p-1' },
      'mayDraftOwn',
    ],
    [
      'a bull member argues the bull side in Openings',
      at('classroom', 'openings'),
      bullMember,
      'mayArgueBull',
    ],
    [
      'a bear member argues the bear side in Openings',
      at('classroom', 'openings'),
      bearMember,
      'mayArgueBear',
    ],
    [
      'a participant without a team adds either side in Openings',
      at('classroom', 'openings'),
      noTeam,
      'mayArgueAny',
    ],
    [
      'everyone adds rebuttals and links only in Rebuttal',
      at('classroom', 'rebuttal'),
      bearMember,
      'mayRebuttal',
    ],
    ['the board is read-only in Vote', at('classroom', 'vote'), bullMember, 'mayVote'],
    ['the board is read-only in Result', at('classroom', 'result'), bullMember, 'mayResult'],
    ['the bull team makes its case in Bull case', at('committee', 'bull-case'), bullMember, 'mayBullCase'],
    ['the bear team reads along in Bull case', at('committee', 'bull-case'), bearMember, 'mayWaitBull'],
    ['the bull team reads along in Bear case', at('committee', 'bear-case'), bullMember, 'mayWaitBear'],
    ['the bear team makes its case in Bear case', at('committee', 'bear-case'), bearMember, 'mayBearCase'],
    [
      'a participant without a team may add bull cards in Bull case',
      at('committee', 'bull-case'),
      noTeam,
      'mayBullCase',
    ],
    [
      'a bull member discusses its side in Discussion',
      at('committee', 'discussion'),
      bullMember,
      'mayDiscussBull',
    ],
    [
      'a bear member discusses its side in Discussion',
      at('committee', 'discussion'),
      bearMember,
      'mayDiscussBear',
    ],
    [
      'a participant without a team discusses in a workshop',
      at('workshop', 'discuss'),
      noTeam,
      'mayDiscussAny',
    ],
    ['anyone moves and links any card in Cluster', at('workshop', 'cluster'), noTeam, 'mayCluster'],
    [
      'a participant hears the board is locked, whatever the phase',
      at('classroom', 'openings', { locked: true }),
      bullMember,
      'mayLocked',
    ],
    ['an observer watches', at('classroom', 'openings'), observer, 'watchOnly'],
    [
      'the projector tells the room the board is locked',
      at('classroom', 'openings', { locked: true }),
      projector,
      'mayLocked',
    ],
    [
      'the projector tells the room teams draft in private',
      at('classroom', 'prepare'),
      projector,
      'roomDraftTeam',
    ],
    [
      'the projector tells the room everyone drafts alone',
      at('workshop', 'brainstorm'),
      projector,
      'roomDraftPerson',
    ],
    ['the projector tells the room the rebuttal rule', at('classroom', 'rebuttal'), projector, 'modRebuttal'],
    ['the moderator hears what teams do in Prepare', at('classroom', 'prepare'), moderator, 'modDraftTeam'],
    [
      'the moderator hears what people do in a workshop brainstorm',
      at('workshop', 'brainstorm'),
      moderator,
      'modDraftPerson',
    ],
    ['the moderator hears the rebuttal rule', at('classroom', 'rebuttal'), moderator, 'modRebuttal'],
    ['the moderator hears the bull case rule', at('committee', 'bull-case'), moderator, 'modBullCase'],
    [
      'the moderator hears the board is read-only for participants in Vote',
      at('classroom', 'vote'),
      moderator,
      'modVote',
    ],
    [
      'the moderator hears that they locked the board',
      at('classroom', 'vote', { locked: true }),
      moderator,
      'modLocked',
    ],
  ])('%s', (_, session, seat, key) => {
    expect(allowanceKey(session, seat)).toBe(key)
  })

  it('has a sentence in every language for every key it can give', () => {
    for (const strings of Object.values(debateStrings))
      for (const key of Object.keys(debateStrings.en) as DebateStringKey[]) expect(strings[key]).toBeTruthy()
  })
})

describe('phase names', () => {
  const t = ((key: string) => `«${key}»`) as never

  it('names every phase of every format by its id', () => {
    for (const format of Object.values(FORMATS))
      for (const phase of format.phases) expect(defaultPhaseNameKey(phase.id), phase.id).toBeDefined()
  })

  it.each([
    [{ id: 'rebuttal' }, '«phaseRebuttal»'],
    [{ id: 'rebuttal', name: 'Cross-examination' }, 'Cross-examination'],
    [{ id: 'made-by-a-script' }, 'made-by-a-script'],
    [{ id: 'constructor' }, 'constructor'],
  ])('calls %o %s', (phase, name) => {
    expect(phaseName(t, phase)).toBe(name)
  })
})

describe('toSetupRequest', () => {
  it.each([
    [
      { format: Format.Classroom, articles: 'demo', anonymous: true },
      { format: 'classroom', articles: 'demo', anonymous: true },
    ],
    [
      { format: Format.Classroom, articles: 'none', anonymous: false },
      { format: 'classroom', articles: 'none', anonymous: false },
    ],
    [
      { format: Format.Workshop, articles: 'own', anonymous: true },
      { format: 'workshop', articles: 'none' },
    ],
    [
      { format: Format.Free, articles: 'demo', anonymous: false },
      { format: 'free', articles: 'demo' },
    ],
  ] as const)('sends %o as %o', (setup, request) => {
    expect(toSetupRequest(setup)).toEqual(request)
  })
})

describe('moderatorShortcutFor', () => {
  const press = (
    key: string,
    modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
  ) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  })

  it.each([
    [press(']'), 'next'],
    [press('['), 'previous'],
    [press('t'), 'timer'],
    [press('T', { shiftKey: true }), null],
    [press('t', { ctrlKey: true }), null],
    [press(']', { metaKey: true }), null],
    [press('[', { altKey: true }), null],
    [press('b'), null],
    [press('?'), null],
  ])('maps %o to %s', (keyPress, command) => {
    expect(moderatorShortcutFor(keyPress)).toBe(command)
  })
})
