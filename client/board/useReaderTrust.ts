/** The reader's drift and management hooks for this participant (SPEC SR3–SR5), from the board's rules. */
import { useMemo } from 'react'
import { repointCard } from '../../shared/board/sourceMutators.ts'
import type { Drafting } from '../drafting/useDrafting.ts'
import type { ReaderTrust } from '../reader/readerTrust.ts'
import type { BoardSession } from '../sync/BoardSession.ts'
import type { BoardSnapshot } from '../sync/boardSnapshot.ts'

export function useReaderTrust(
  session: BoardSession,
  snapshot: BoardSnapshot,
  drafting: Drafting,
  readOnly: boolean,
  onManage: () => void,
): ReaderTrust | undefined {
  const { rules, moderator } = drafting
  const { cards } = snapshot
  return useMemo(() => {
    if (readOnly) return undefined
    const byId = new Map(cards.map((card) => [card.id, card]))
    return {
      boardCards: cards,
      // Changing an excerpt is a card edit: the server allows it to whoever may edit the card.
      canChangeCard: (cardId) => {
        const card = byId.get(cardId)
        return card !== undefined && rules.edit(card, false) === null
      },
      // "Accept all" is one update for the server to check, apply and fan out, not one per card.
      onRepoint: (repoints) =>
        session.doc.transact(() => {
          for (const { cardId, passage } of repoints) repointCard(session.doc, cardId, passage)
        }),
      ...(moderator ? { onManage } : {}),
      showTeamCoverage: moderator,
    }
  }, [readOnly, cards, rules, moderator, session, onManage])
}
