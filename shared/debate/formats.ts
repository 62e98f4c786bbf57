/**
 * The formats a board can run: each is a plan of phases, and each phase kind says what participants
 * may do in it. Pure data, read by the server (which enforces it) and the client (which shows it).
 */

/** The formats a board can be created with. */
export const Format = {
  Classroom: 'classroom',
  Committee: 'committee',
  Workshop: 'workshop',
  Free: 'free',
} as const
export type Format = (typeof Format)[keyof typeof Format]

/** What a phase is for; its rules come from PHASE_RULES. */
export const PhaseKind = {
  /** Private drafting: each team (or person) writes in its own document. */
  Draft: 'draft',
  /** Everyone argues their own side on the board. */
  Argue: 'argue',
  /** Only the bull side argues (the committee's bull case). */
  BullCase: 'bull-case',
  /** Only the bear side argues. */
  BearCase: 'bear-case',
  /** Only rebuttals (new cards of one's own side) and links. */
  Rebuttal: 'rebuttal',
  /** Cards move freely and link; new cards too (a workshop's cluster and merge). */
  Cluster: 'cluster',
  /** Open discussion: cards and links of one's own side. */
  Discuss: 'discuss',
  /** Voting: the board is read-only for participants. */
  Vote: 'vote',
  /** The result or decision: read-only. */
  Result: 'result',
  /** A free board: everything is allowed. */
  Open: 'open',
} as const
export type PhaseKind = (typeof PhaseKind)[keyof typeof PhaseKind]

/** Whose drafts a private phase keeps apart: one document per team, or per person. */
export const DraftScope = { Team: 'team', Person: 'person' } as const
export type DraftScope = (typeof DraftScope)[keyof typeof DraftScope]

/** What participants (not moderators) may do on the board in a phase. */
export interface PhaseRules {
  /** Private drafting: participants write only in their drafts document. */
  drafts: boolean
  /** Which stances participants may create and edit cards of; [] is none. */
  stances: readonly ('bull' | 'bear')[]
  /** Whether a team member's cards must be of the team's own side. */
  ownSide: boolean
  /** Whether participants may make and remove links. */
  links: boolean
  /** Whether participants may move anybody's card (clustering), not only their own. */
  moveAny: boolean
  /**
   * Which of their own cards participants may edit and remove: any, or only those made in this
   * phase (a rebuttal phase adds rebuttals; it does not rewrite openings).
   */
  editOwn: 'any' | 'this-phase'
  /** Whether participants may add articles. */
  sources: boolean
  /** Whether ballots are open (the votes themselves belong to judging). */
  votes: boolean
}

const BOTH = ['bull', 'bear'] as const
const CLOSED: PhaseRules = {
  drafts: false,
  stances: [],
  ownSide: true,
  links: false,
  moveAny: false,
  editOwn: 'this-phase',
  sources: false,
  votes: false,
}

/** The rules of each phase kind; one row per kind, read by the server's update policy. */
export const PHASE_RULES: Readonly<Record<PhaseKind, PhaseRules>> = {
  // Drafts are revealed with the links between them (PH25): a team links its own drafts.
  draft: { ...CLOSED, drafts: true, stances: BOTH, links: true, editOwn: 'any' },
  argue: { ...CLOSED, stances: BOTH, editOwn: 'any', sources: true },
  'bull-case': { ...CLOSED, stances: ['bull'], editOwn: 'any', sources: true },
  'bear-case': { ...CLOSED, stances: ['bear'], editOwn: 'any', sources: true },
  rebuttal: { ...CLOSED, stances: BOTH, links: true, editOwn: 'this-phase' },
  cluster: { ...CLOSED, stances: BOTH, ownSide: false, links: true, moveAny: true, editOwn: 'any' },
  discuss: { ...CLOSED, stances: BOTH, links: true, editOwn: 'any', sources: true },
  vote: { ...CLOSED, votes: true },
  result: CLOSED,
  open: {
    drafts: false,
    stances: BOTH,
    ownSide: false,
    links: true,
    moveAny: true,
    editOwn: 'any',
    sources: true,
    votes: true,
  },
}

/** One phase of a plan: `name` is set when the moderator renamed it; otherwise the UI names it by id. */
export interface PhasePlan {
  id: string
  kind: PhaseKind
  durationSec: number
  name?: string
}

/** What a format is: its phase plan and whose drafts its private phases keep apart. */
export interface FormatDefinition {
  id: Format
  phases: readonly PhasePlan[]
  draftScope: DraftScope
  /** Whether its boards hide authors from peers unless the moderator turns it off. */
  anonymousByDefault: boolean
}

const phase = (id: string, kind: PhaseKind, minutes: number): PhasePlan => ({
  id,
  kind,
  durationSec: minutes * 60,
})

/** Every format, with its default phase plan. */
export const FORMATS: Readonly<Record<Format, FormatDefinition>> = {
  classroom: {
    id: Format.Classroom,
    draftScope: DraftScope.Team,
    anonymousByDefault: false,
    phases: [
      phase('prepare', PhaseKind.Draft, 10),
      phase('openings', PhaseKind.Argue, 8),
      phase('rebuttal', PhaseKind.Rebuttal, 8),
      phase('vote', PhaseKind.Vote, 3),
      phase('result', PhaseKind.Result, 0),
    ],
  },
  committee: {
    id: Format.Committee,
    draftScope: DraftScope.Team,
    anonymousByDefault: false,
    phases: [
      phase('pre-read', PhaseKind.Vote, 10),
      phase('bull-case', PhaseKind.BullCase, 10),
      phase('bear-case', PhaseKind.BearCase, 10),
      phase('discussion', PhaseKind.Discuss, 15),
      phase('final-vote', PhaseKind.Vote, 3),
      phase('decision', PhaseKind.Result, 0),
    ],
  },
  workshop: {
    id: Format.Workshop,
    draftScope: DraftScope.Person,
    anonymousByDefault: false,
    phases: [
      phase('brainstorm', PhaseKind.Draft, 5),
      phase('reveal', PhaseKind.Discuss, 3),
      phase('cluster', PhaseKind.Cluster, 10),
      phase('dot-vote', PhaseKind.Vote, 3),
      phase('discuss', PhaseKind.Discuss, 10),
    ],
  },
  free: {
    id: Format.Free,
    draftScope: DraftScope.Person,
    anonymousByDefault: false,
    phases: [phase('open', PhaseKind.Open, 0)],
  },
}

/** The formats in the order the landing page offers them. */
export const FORMAT_ORDER: readonly Format[] = [
  Format.Classroom,
  Format.Committee,
  Format.Workshop,
  Format.Free,
]
