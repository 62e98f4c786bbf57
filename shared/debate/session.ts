/**
 * The `session` document: the state of a running debate (format, phase plan, current phase, lock,
 * timer, anonymity, spotlight). Only the server writes it, through facilitation actions; everyone
 * reads it. Each field is one plain value of the root map, validated when read.
 */
import type * as Y from 'yjs'
import { z } from '../zod.ts'
import { LIMITS, boardIdSchema } from '../board/schema.ts'
import {
  DraftScope,
  FORMATS,
  Format,
  PHASE_RULES,
  PhaseKind,
  type PhasePlan,
  type PhaseRules,
} from './formats.ts'
import { decisionSchema, type Decision } from './decision.ts'
import { DEFAULT_DOT_BUDGET, MAX_DOT_BUDGET, voteResultsSchema, type VoteResults } from './voteResults.ts'

/** The root map of the session document. */
export const SESSION_ROOT = 'session'

/** The longest a phase may last, and the most time "add time" adds at once. */
export const MAX_PHASE_SECONDS = 24 * 60 * 60
/** The most phases a plan may hold. */
export const MAX_PHASES = 12

/** Validates a phase of a plan. */
export const phasePlanSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,32}$/),
  kind: z.enum(Object.values(PhaseKind) as [PhaseKind, ...PhaseKind[]]),
  durationSec: z.number().int().min(0).max(MAX_PHASE_SECONDS),
  name: z.string().trim().min(1).max(LIMITS.nameLength).optional(),
})

/** The shared timer: running towards `endsAt` (server clock, ms), or paused/idle with `remainingMs` left. */
export const timerSchema = z.strictObject({
  status: z.enum(['idle', 'running', 'paused']),
  endsAt: z.number().nullable(),
  remainingMs: z.number().int().min(0),
  lockOnEnd: z.boolean(),
})
export type TimerState = z.infer<typeof timerSchema>

/** Everyone follows the moderator whose presence (awareness) id this is; `locked` forbids breaking away. */
export const spotlightSchema = z.strictObject({
  clientId: z.number().int().nonnegative(),
  locked: z.boolean(),
})
export type Spotlight = z.infer<typeof spotlightSchema>

/** A one-time "bring everyone here": clients jump once to that presence's view when `seq` grows. */
export const summonSchema = z.strictObject({
  seq: z.number().int().positive(),
  clientId: z.number().int().nonnegative(),
})
export type Summon = z.infer<typeof summonSchema>

/** The most small-group copies one board may have. */
export const MAX_GROUPS = 30

/** Which board a small-group copy was made from, and its number there (1-based); the client names it. */
export const groupOfSchema = z.strictObject({
  parentId: boardIdSchema,
  number: z.number().int().min(1).max(MAX_GROUPS),
})
export type GroupOf = z.infer<typeof groupOfSchema>

/** The whole session as read. */
export interface SessionState {
  format: Format
  draftScope: DraftScope
  phases: PhasePlan[]
  phaseIndex: number
  locked: boolean
  anonymous: boolean
  timer: TimerState
  spotlight: Spotlight | null
  summon: Summon | null
  /** The ids of the small-group copies made of this board, in the order they were made. */
  groups: string[]
  /** Set on a small-group copy: the board it was copied from and its group number. */
  group: GroupOf | null
  /** The dots each participant may spend in a dot vote. */
  dotBudget: number
  /** The aggregates of every vote the moderator revealed; never a ballot. */
  results: VoteResults
  /** The outcome the moderator recorded, with its rationale and cited cards; null until then. */
  decision: Decision | null
}

const sessionFieldSchemas = {
  format: z.enum(Object.values(Format) as [Format, ...Format[]]),
  draftScope: z.enum([DraftScope.Team, DraftScope.Person]),
  phases: z.array(phasePlanSchema).min(1).max(MAX_PHASES),
  phaseIndex: z.number().int().nonnegative(),
  locked: z.boolean(),
  anonymous: z.boolean(),
  timer: timerSchema,
  spotlight: spotlightSchema.nullable(),
  summon: summonSchema.nullable(),
  groups: z.array(boardIdSchema).max(MAX_GROUPS),
  group: groupOfSchema.nullable(),
  dotBudget: z.number().int().min(1).max(MAX_DOT_BUDGET),
  results: voteResultsSchema,
  decision: decisionSchema.nullable(),
} satisfies { [K in keyof SessionState]: z.ZodType<SessionState[K]> }

/** The session of a new board of `format`, its timer set to the first phase's duration. */
export function initialSession(format: Format, options: { anonymous?: boolean } = {}): SessionState {
  const definition = FORMATS[format]
  const phases = definition.phases.map((phase) => ({ ...phase }))
  return {
    format,
    draftScope: definition.draftScope,
    phases,
    phaseIndex: 0,
    locked: false,
    anonymous: options.anonymous ?? definition.anonymousByDefault,
    timer: idleTimer(phases[0]!),
    spotlight: null,
    summon: null,
    groups: [],
    group: null,
    dotBudget: DEFAULT_DOT_BUDGET,
    results: {},
    decision: null,
  }
}

/** A timer that has not started, holding the whole of `phase`'s duration. */
export function idleTimer(phase: PhasePlan, lockOnEnd = false): TimerState {
  return { status: 'idle', endsAt: null, remainingMs: phase.durationSec * 1000, lockOnEnd }
}

/** The session a board without a session document runs: a free board. */
export const FREE_SESSION: SessionState = initialSession(Format.Free)

/** Reads the session document; a field missing or invalid reads as the free board's. */
export function readSession(doc: Y.Doc): SessionState {
  const map = doc.getMap<unknown>(SESSION_ROOT)
  const format = sessionFieldSchemas.format.safeParse(map.get('format'))
  const base = format.success ? initialSession(format.data) : FREE_SESSION
  const read = <K extends keyof SessionState>(key: K): SessionState[K] => {
    const parsed = sessionFieldSchemas[key].safeParse(map.get(key))
    return parsed.success ? (parsed.data as SessionState[K]) : base[key]
  }
  const phases = read('phases')
  return {
    format: base.format,
    draftScope: read('draftScope'),
    phases,
    phaseIndex: Math.min(read('phaseIndex'), phases.length - 1),
    locked: read('locked'),
    anonymous: read('anonymous'),
    timer: read('timer'),
    spotlight: read('spotlight'),
    summon: read('summon'),
    groups: read('groups'),
    group: read('group'),
    dotBudget: read('dotBudget'),
    results: read('results'),
    decision: read('decision'),
  }
}

/** Writes the fields of `patch` into the session document, in the caller's transaction. */
export function writeSession(doc: Y.Doc, patch: Partial<SessionState>): void {
  const map = doc.getMap<unknown>(SESSION_ROOT)
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) map.set(key, value)
  }
}

/** The current phase of a session. */
export function currentPhase(session: SessionState): PhasePlan {
  return session.phases[session.phaseIndex]!
}

/** What participants may do now: the current phase's rules, or nothing while the board is locked. */
export function rulesNow(session: SessionState): PhaseRules {
  return session.locked ? PHASE_RULES.result : PHASE_RULES[currentPhase(session).kind]
}

/** Milliseconds left on the timer at `serverNow` (server clock). */
export function remainingMs(timer: TimerState, serverNow: number): number {
  if (timer.status !== 'running' || timer.endsAt === null) return timer.remainingMs
  return Math.max(0, timer.endsAt - serverNow)
}
