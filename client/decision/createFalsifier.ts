/** Makes a falsifier card ("what would change our mind") where the rules send new cards now. */
import { createCard } from '../../shared/board/mutators.ts'
import { CardKind, Stance } from '../../shared/board/schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { LocalRefusal, type Refusal } from '../drafting/canvasRules.ts'
import { cardAuthorship } from '../drafting/cardFields.ts'
import type { Drafting } from '../drafting/useDrafting.ts'

type FalsifierDrafting = Pick<Drafting, 'seat' | 'session' | 'rules' | 'layer'>

/**
 * The side a new falsifier takes: the participant's team's where it may, else the first side the
 * phase allows; a falsifier argues against its own side's case, but lives in its lane.
 */
export function falsifierStance(drafting: FalsifierDrafting): Stance {
  const sides = [drafting.seat?.team, Stance.Bull, Stance.Bear].filter((side): side is Stance => !!side)
  return sides.find((side) => drafting.rules.create(side) === null) ?? sides[0]!
}

/** A new, empty falsifier card at `position`, as one undo step; or the refusal the server would give. */
export function createFalsifierCard(
  drafting: FalsifierDrafting,
  card: { stance: Stance; position: { x: number; y: number }; name: string },
): { id: string } | { refusal: Refusal } {
  const { seat, layer } = drafting
  const refusal = drafting.rules.create(card.stance)
  if (refusal || !seat) return { refusal: refusal ?? NO_SEAT }
  layer.undoManager.stopCapturing()
  const id = createCard(layer.doc, {
    stance: card.stance,
    kind: CardKind.Falsifier,
    text: '',
    ...card.position,
    ...cardAuthorship(drafting.session, seat, card.name),
  })
  layer.undoManager.stopCapturing()
  return { id }
}

const NO_SEAT: Refusal = { code: ErrorCode.Forbidden, message: LocalRefusal.NoSeat }
