/**
 * The sentence a person reads for a refusal, in their language. The decision is the server's rule
 * (refuseChange), whose sentences are English; each is recognised here and told in the UI's words.
 * A sentence not recognised (a newer server's) is shown as the server wrote it.
 */
import type { TFunction } from 'i18next'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { DraftingStringKey } from './strings.ts'
import { LocalRefusal, type Refusal } from './canvasRules.ts'

const NOT_AUTHOR = {
  change: 'refusalNotAuthorChange',
  move: 'refusalNotAuthorMove',
  remove: 'refusalNotAuthorRemove',
} as const satisfies Record<string, DraftingStringKey>
const SIDE_CLOSED = {
  changed: 'refusalSideClosedChange',
  moved: 'refusalSideClosedMove',
  removed: 'refusalSideClosedRemove',
} as const satisfies Record<string, DraftingStringKey>

/** Each refusal sentence of shared/debate/boardRules.ts and canvasRules.ts, and its translation key. */
const SENTENCES: readonly [RegExp, (match: RegExpExecArray) => DraftingStringKey][] = [
  [/^The moderator has locked the board\.$/, () => 'refusalLocked'],
  [/^Private drafting is over in this phase\.$/, () => 'refusalDraftsOver'],
  [/^This is a private phase: draft/, () => 'refusalPrivatePhase'],
  [/^New cards cannot be made in this phase\.$/, () => 'refusalNoNewCards'],
  [
    /^Only (bull|bear) cards can be made in this phase\.$/,
    (m) => (m[1] === 'bull' ? 'refusalOnlyBull' : 'refusalOnlyBear'),
  ],
  [
    /^Your team argues the (bull|bear) side/,
    (m) => (m[1] === 'bull' ? 'refusalOwnSideBull' : 'refusalOwnSideBear'),
  ],
  [/^A card’s side, team, author and phase cannot be changed\.$/, () => 'refusalFixedFields'],
  [
    /^Only its author or the moderator can (change|move|remove) this card\.$/,
    (m) => NOT_AUTHOR[m[1] as keyof typeof NOT_AUTHOR],
  ],
  [
    /^Cards of this side cannot be (changed|moved|removed) in this phase\.$/,
    (m) => SIDE_CLOSED[m[1] as keyof typeof SIDE_CLOSED],
  ],
  [/^Only cards made in this phase can be changed now/, () => 'refusalEarlierPhase'],
  [/^Links cannot be made or removed in this phase\.$/, () => 'refusalNoLinks'],
  [/^Articles cannot be added in this phase\.$/, () => 'refusalNoSources'],
  [exactly(LocalRefusal.ReadOnly), () => 'refusalReadOnly'],
  [exactly(LocalRefusal.NoSeat), () => 'refusalNoSeat'],
  [exactly(LocalRefusal.OtherLayer), () => 'refusalOtherLayer'],
  [exactly(LocalRefusal.DraftsOpening), () => 'refusalDraftsOpening'],
]

/** The translation key of a refusal's sentence, or undefined for a sentence this client does not know. */
export function refusalKey(refusal: Refusal): DraftingStringKey | undefined {
  for (const [pattern, keyOf] of SENTENCES) {
    const match = pattern.exec(refusal.message)
    if (match) return keyOf(match)
  }
  return undefined
}

/** The refusal in the UI's language (`t` of the `drafting` namespace). */
export function refusalText(t: TFunction, refusal: Refusal): string {
  const key = refusalKey(refusal)
  return key ? t(key) : refusal.message
}

/**
 * The sentence for an edit the server refused by the debate's rules (PHASE_LOCKED, FORBIDDEN), when
 * this client knows the rule; undefined otherwise, and for any other error.
 */
export function describeRefusal(t: TFunction, error: unknown): string | undefined {
  if (!(error instanceof BoardError)) return undefined
  if (error.code !== ErrorCode.PhaseLocked && error.code !== ErrorCode.Forbidden) return undefined
  const key = refusalKey(error)
  return key && t(key)
}

function exactly(sentence: string): RegExp {
  return new RegExp(`^${sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
}
