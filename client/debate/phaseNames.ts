/** The names the UI gives formats and phases: a phase's custom name, else its format's default by id. */
import type { TFunction } from 'i18next'
import type { Format, PhasePlan } from '../../shared/debate/formats.ts'
import type { DebateStringKey } from './strings.ts'

const PHASE_NAME_KEYS: Readonly<Record<string, DebateStringKey>> = {
  prepare: 'phasePrepare',
  openings: 'phaseOpenings',
  rebuttal: 'phaseRebuttal',
  vote: 'phaseVote',
  result: 'phaseResult',
  'pre-read': 'phasePreRead',
  'bull-case': 'phaseBullCase',
  'bear-case': 'phaseBearCase',
  discussion: 'phaseDiscussion',
  'final-vote': 'phaseFinalVote',
  decision: 'phaseDecision',
  brainstorm: 'phaseBrainstorm',
  reveal: 'phaseReveal',
  cluster: 'phaseCluster',
  'dot-vote': 'phaseDotVote',
  discuss: 'phaseDiscuss',
  open: 'phaseOpen',
}

/** The string key of a phase's default name, if its id is one the formats use. */
export function defaultPhaseNameKey(phaseId: string): DebateStringKey | undefined {
  return Object.hasOwn(PHASE_NAME_KEYS, phaseId) ? PHASE_NAME_KEYS[phaseId] : undefined
}

/**
 * What a phase is called: the moderator's name when set, else the format's default in the UI's
 * language; a plan made elsewhere (a script) may hold ids with no default, shown as they are.
 */
export function phaseName(t: TFunction<'debate'>, phase: Pick<PhasePlan, 'id' | 'name'>): string {
  if (phase.name) return phase.name
  const key = defaultPhaseNameKey(phase.id)
  return key ? t(key) : phase.id
}

/** The name and one-line purpose of each format, as string keys. */
export const FORMAT_TEXT: Readonly<Record<Format, { name: DebateStringKey; purpose: DebateStringKey }>> = {
  classroom: { name: 'formatClassroom', purpose: 'formatClassroomPurpose' },
  committee: { name: 'formatCommittee', purpose: 'formatCommitteePurpose' },
  workshop: { name: 'formatWorkshop', purpose: 'formatWorkshopPurpose' },
  free: { name: 'formatFree', purpose: 'formatFreePurpose' },
}
