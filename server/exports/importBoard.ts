/** Filling a new board's documents from an export file, checking what zod cannot: ids, offsets, links. */
import type * as Y from 'yjs'
import { addSource, createCard, linkCards, type CardInput } from '../../shared/board/index.ts'
import { idleTimer, initialSession, writeSession } from '../../shared/debate/session.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { BoardExport } from '../../shared/exports/boardExport.ts'
import type { BoardDocuments, CreateBoardInput } from '../boards/createBoard.ts'

/** What `createBoard` is asked for: the file's title, motion and format, without the demo articles. */
export function importedBoardInput(file: BoardExport): CreateBoardInput {
  const { title, motion } = file.meta
  return {
    title,
    motion,
    articles: 'none',
    ...(file.session ? { format: file.session.format, anonymous: file.session.anonymous } : {}),
  }
}

/** Throws BAD_REQUEST naming the first thing in the file that cannot make a board. */
export function checkImport(file: BoardExport): void {
  const refuse = (message: string) => {
    throw new BoardError(ErrorCode.BadRequest, `This board file cannot be imported: ${message}.`)
  }
  const texts = new Map(file.sources.map((source) => [source.id, source.text]))
  if (texts.size !== file.sources.length) refuse('two sources share an id')
  const cardIds = new Set(file.cards.map((card) => card.id))
  if (cardIds.size !== file.cards.length) refuse('two cards share an id')
  for (const card of file.cards) {
    const excerpt = card.excerpt
    if (!excerpt) continue
    const text = texts.get(excerpt.sourceId)
    if (text === undefined) refuse(`card ${card.id} quotes a source the file does not hold`)
    else if (text.slice(excerpt.start, excerpt.end) !== excerpt.quote)
      refuse(`card ${card.id}'s quote is not at its offsets in its source`)
  }
  if (new Set(file.links.map((link) => link.id)).size !== file.links.length) refuse('two links share an id')
  for (const link of file.links)
    if (!cardIds.has(link.from) || !cardIds.has(link.to) || link.from === link.to)
      refuse(`link ${link.id} does not join two different cards of the file`)
  for (const cardId of file.decision?.cardIds ?? [])
    if (!cardIds.has(cardId)) refuse(`the decision cites card ${cardId}, which the file does not hold`)
  const session = file.session
  if (session && session.phaseIndex >= session.phases.length) refuse('the current phase is not in the plan')
}

/** Writes the file's sources, cards, links and debate plan into a new board's documents, ids kept. */
export function fillImportedBoard(documents: BoardDocuments, file: BoardExport): void {
  const { board, session } = documents
  board.transact(() => {
    for (const { id, addedAt, sha256: _sha256, ...source } of file.sources)
      addSource(board, source, { id, now: addedAt })
    for (const { id, createdAt, ...card } of file.cards)
      createCard(board, card satisfies CardInput, { id, now: createdAt })
    for (const { id, ...link } of file.links) linkCards(board, link, { id })
  })
  if (file.session) writeImportedSession(session, file.session)
  const decision = file.decision
  if (decision) session.transact(() => writeSession(session, { decision }))
}

function writeImportedSession(doc: Y.Doc, plan: NonNullable<BoardExport['session']>): void {
  // The live parts (timer, spotlight, groups) start afresh: they belonged to the other board's room.
  const fresh = initialSession(plan.format, { anonymous: plan.anonymous })
  doc.transact(() =>
    writeSession(doc, { ...fresh, ...plan, timer: idleTimer(plan.phases[plan.phaseIndex]!) }),
  )
}
