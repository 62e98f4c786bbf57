/** What happens between the reader and the canvas: cards from excerpts, and navigation both ways. */
import { useCallback, useRef, useState, type Dispatch, type SetStateAction } from 'react'
import { useReactFlow } from '@xyflow/react'
import { CARD_WIDTH } from '../../shared/board/lanes.ts'
import type { Card, Excerpt, Stance } from '../../shared/board/schema.ts'
import type { ReaderFocusRequest } from '../reader/ReaderPane.tsx'
import { selectCards, type Selection } from '../canvas/selection.ts'
import { placeNewCard } from '../canvas/placement.ts'
import type { Profile } from '../join/identity.ts'
import { createCardFromPassage } from '../drafting/createCardIn.ts'
import { refusalText } from '../drafting/refusalText.ts'
import type { Refusal } from '../drafting/canvasRules.ts'
import { createFalsifierCard, falsifierStance } from '../decision/createFalsifier.ts'
import type { Drafting } from '../drafting/useDrafting.ts'
import type { BoardSession } from '../sync/BoardSession.ts'
import type { BoardSnapshot } from '../sync/boardSnapshot.ts'
import { useToast } from '../ui/ToastProvider.tsx'
import { useTranslation } from 'react-i18next'
import { describeError } from '../ui/errorMessage.ts'

const PAN_MS = 450
/** Roughly where a new card's text sits below its top edge, so the view centres on what you type. */
const CARD_FOCUS_OFFSET_Y = 60

interface WorkspaceActionsOptions {
  session: BoardSession
  snapshot: BoardSnapshot
  /** Every card on the canvas: the board's, and the drafts' shown over it. */
  cards: readonly Card[]
  profile: Profile
  readOnly: boolean
  drafting: Drafting
  setSelection: Dispatch<SetStateAction<Selection>>
}

export function useWorkspaceActions({
  session,
  snapshot,
  cards,
  profile,
  readOnly,
  drafting,
  setSelection,
}: WorkspaceActionsOptions) {
  const { t } = useTranslation()
  const { t: tDrafting } = useTranslation('drafting')
  const showToast = useToast()
  const { fitView, setCenter, getZoom, getInternalNode } = useReactFlow()
  const [chosenSourceId, setActiveSourceId] = useState<string>()
  const [focusRequest, setFocusRequest] = useState<ReaderFocusRequest>()
  const [focusCardId, setFocusCardId] = useState<string>()
  const nonce = useRef(0)
  const { sources } = snapshot
  const activeSourceId = sources.some((source) => source.id === chosenSourceId)
    ? chosenSourceId
    : sources[0]?.id

  /** Selects, focuses and centres the card just made, or says why the server would refuse it. */
  const showMade = (made: { id: string } | { refusal: Refusal }, position: { x: number; y: number }) => {
    // The server would refuse it: say why now, instead of a refusal and a reload.
    if ('refusal' in made) return showToast(refusalText(tDrafting, made.refusal))
    const { id } = made
    setSelection(selectCards([id]))
    setFocusCardId(id)
    void setCenter(position.x + CARD_WIDTH / 2, position.y + CARD_FOCUS_OFFSET_Y, {
      zoom: Math.max(getZoom(), 0.9),
      duration: PAN_MS,
    })
  }

  const onCreateCard = (stance: Stance, passage: { sourceId: string; start: number; end: number }) => {
    if (readOnly) return
    const position = placeNewCard(cards, stance, (id) => getInternalNode(id)?.measured.height)
    try {
      showMade(
        createCardFromPassage(drafting, session.doc, { stance, passage, position, name: profile.name }),
        position,
      )
    } catch (error) {
      showToast(describeError(t, error))
    }
  }

  /** A new falsifier card ("what would change our mind") in its side's lane. */
  const onCreateFalsifier = () => {
    if (readOnly) return
    const stance = falsifierStance(drafting)
    const position = placeNewCard(cards, stance, (id) => getInternalNode(id)?.measured.height)
    try {
      showMade(createFalsifierCard(drafting, { stance, position, name: profile.name }), position)
    } catch (error) {
      showToast(describeError(t, error))
    }
  }

  const onHighlightActivate = (cardIds: string[]) => {
    if (cardIds.length === 0) return
    setSelection(selectCards(cardIds))
    void fitView({ nodes: cardIds.map((id) => ({ id })), duration: PAN_MS, padding: 0.5, maxZoom: 1.1 })
  }

  const onQuoteClick = useCallback((excerpt: Excerpt) => {
    setActiveSourceId(excerpt.sourceId)
    nonce.current += 1
    setFocusRequest({
      sourceId: excerpt.sourceId,
      start: excerpt.start,
      end: excerpt.end,
      nonce: nonce.current,
      excerpt,
    })
  }, [])

  const onCardFocused = useCallback(() => setFocusCardId(undefined), [])

  return {
    activeSourceId,
    setActiveSourceId,
    focusRequest,
    focusCardId,
    onCreateCard,
    onCreateFalsifier,
    onHighlightActivate,
    onQuoteClick,
    onCardFocused,
  }
}
