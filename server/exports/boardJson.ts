/** The whole board as a versioned JSON file (format in shared/exports/boardExport.ts). */
import type { Card } from '../../shared/board/index.ts'
import { Format } from '../../shared/debate/formats.ts'
import type { SessionState } from '../../shared/debate/session.ts'
import {
  BOARD_EXPORT_FORMAT,
  BOARD_EXPORT_VERSION,
  type BoardExport,
  type ExportedCard,
  type ExportedSession,
} from '../../shared/exports/boardExport.ts'
import type { BoardContent } from './boardContent.ts'

/** The export file of a board's content, made at `now`. */
export function boardJson(content: BoardContent, now = Date.now()): BoardExport {
  const { id, meta, session } = content
  const exportedSession = session && sessionOf(session)
  return {
    format: BOARD_EXPORT_FORMAT,
    version: BOARD_EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    meta: { id, title: meta.title, motion: meta.motion, createdAt: meta.createdAt },
    ...(exportedSession ? { session: exportedSession } : {}),
    sources: content.sources.map((source) => ({ ...source })),
    cards: content.cards.map(cardOf),
    links: content.links.map((link) => ({ ...link })),
    ...(session?.decision
      ? { decision: { ...session.decision, cardIds: [...session.decision.cardIds] } }
      : {}),
  }
}

/** A debate's plan and settings; none for a free board, which has no debate to carry over. */
function sessionOf(session: SessionState): ExportedSession | undefined {
  if (session.format === Format.Free) return undefined
  const { format, draftScope, phases, phaseIndex, locked, anonymous } = session
  return { format, draftScope, phases, phaseIndex, locked, anonymous }
}

function cardOf(card: Card): ExportedCard {
  const { unreadable: _unreadable, ...fields } = card
  return fields
}
