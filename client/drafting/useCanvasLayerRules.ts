/**
 * The canvas under the rules now: the board's cards and links with the drafts' beside them, which
 * of them may move, be removed or linked, and why not, from the drafting context's rules.
 */
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Card, Link } from '../../shared/board/schema.ts'
import type { Selection } from '../canvas/selection.ts'
import type { BoardSnapshot } from '../sync/boardSnapshot.ts'
import { LocalRefusal, type Refusal } from './canvasRules.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { useDraftingCanvas } from './DraftingContext.ts'
import { refusalText } from './refusalText.ts'

const OTHER_LAYER: Refusal = { code: ErrorCode.PhaseLocked, message: LocalRefusal.OtherLayer }

interface DraftsContent {
  cards: Card[]
  links: Link[]
}

/** Cards and links of the board and of the drafts shown, and what the rules let this person do with them. */
export function useCanvasLayerRules(
  snapshot: BoardSnapshot,
  drafts: DraftsContent | undefined,
  selection: Selection,
) {
  const { t } = useTranslation('drafting')
  const { rules } = useDraftingCanvas()
  const all = useMemo(
    () =>
      drafts
        ? {
            cards: [...snapshot.cards, ...drafts.cards],
            links: [...snapshot.links, ...drafts.links],
            sources: snapshot.sources,
          }
        : snapshot,
    [snapshot, drafts],
  )
  const draftIds = useMemo(() => new Set(drafts?.cards.map((card) => card.id)), [drafts])
  const draftLinkIds = useMemo(() => new Set(drafts?.links.map((link) => link.id)), [drafts])
  const byId = useMemo(() => new Map(all.cards.map((card) => [card.id, card])), [all])
  const writesDrafts = rules.target === 'drafts'

  const moveRefusal = useCallback(
    (id: string) => {
      const card = byId.get(id)
      return card ? rules.move(card, draftIds.has(id)) : null
    },
    [byId, draftIds, rules],
  )

  /** Whether a card's node is marked as a draft, and whether it is fixed where moving is refused. */
  const flagsOf = useCallback(
    (id: string) => ({ draft: draftIds.has(id), fixed: moveRefusal(id) !== null }),
    [draftIds, moveRefusal],
  )

  const movable = useCallback(
    <T extends { id: string }>(moves: readonly T[]): T[] => moves.filter((move) => !moveRefusal(move.id)),
    [moveRefusal],
  )

  const { removable, removeRefusal } = useMemo(() => {
    const refusals: Refusal[] = []
    const keep = (ids: ReadonlySet<string>, refusalOf: (id: string) => Refusal | null) =>
      new Set(
        [...ids].filter((id) => {
          const refusal = refusalOf(id)
          if (refusal) refusals.push(refusal)
          return !refusal
        }),
      )
    const cards = keep(selection.cards, (id) => {
      const card = byId.get(id)
      return card ? rules.remove(card, draftIds.has(id)) : null
    })
    const links = keep(selection.links, (id) => rules.link(draftLinkIds.has(id)))
    const first = refusals[0]
    return {
      removable: { cards, links } satisfies Selection,
      removeRefusal: first && refusalText(t, first),
    }
  }, [selection, byId, draftIds, draftLinkIds, rules, t])

  /** Why a link between these two cards may not be made now: each in another document, or links closed. */
  const refuseLink = (pending: { from: string; to: string } | undefined): string | undefined => {
    if (!pending) return undefined
    const where = rules.link(writesDrafts)
    if (where) return refusalText(t, where)
    if (draftIds.has(pending.from) !== writesDrafts || draftIds.has(pending.to) !== writesDrafts)
      return refusalText(t, rules.link(!writesDrafts) ?? OTHER_LAYER)
    return undefined
  }

  return {
    all,
    flagsOf,
    movable,
    removable,
    removeRefusal,
    refuseLink,
    linkRefusal: rules.link(writesDrafts),
  }
}
