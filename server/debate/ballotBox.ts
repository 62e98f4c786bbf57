/**
 * The server-only `ballots` document: one entry per participant and card (or round), keyed by
 * ballotKey, so that a new ballot replaces the old one. Nobody is ever granted this document.
 */
import type * as Y from 'yjs'
import {
  BALLOTS_ROOT,
  ballotKey,
  ballotSchema,
  voterOfKey,
  type Ballot,
} from '../../shared/debate/ballots.ts'
import type { CastBallot } from '../../shared/debate/voteResults.ts'

/** Every valid ballot in the document, with its voter. */
export function readCast(doc: Y.Doc): CastBallot[] {
  const cast: CastBallot[] = []
  doc.getMap<unknown>(BALLOTS_ROOT).forEach((value, key) => {
    const parsed = ballotSchema.safeParse(value)
    if (parsed.success) cast.push({ voter: voterOfKey(key), ballot: parsed.data })
  })
  return cast
}

/** One participant's own ballots. */
export function ballotsOf(doc: Y.Doc, participantId: string): Ballot[] {
  return readCast(doc)
    .filter(({ voter }) => voter === participantId)
    .map(({ ballot }) => ballot)
}

/**
 * The dots a participant has on every card but `cardId`; dots on a card since removed from the board
 * are theirs again (they could not take them back from a card they no longer see).
 */
export function dotsElsewhere(
  doc: Y.Doc,
  participantId: string,
  cardId: string,
  onBoard: (cardId: string) => boolean,
): number {
  let dots = 0
  for (const ballot of ballotsOf(doc, participantId)) {
    const counts = ballot.kind === 'dot' && ballot.cardId !== cardId && onBoard(ballot.cardId)
    if (counts) dots += ballot.dots
  }
  return dots
}

/** The ballots that count at a reveal: conviction ballots, and those on cards still on the board. */
export function countingBallots(doc: Y.Doc, onBoard: (cardId: string) => boolean): CastBallot[] {
  return readCast(doc).filter(({ ballot }) => ballot.kind === 'conviction' || onBoard(ballot.cardId))
}

/** Stores a ballot in place of the participant's previous one on the same card or round (0 dots, or an unmarked card, removes it). */
export function castBallot(doc: Y.Doc, participantId: string, ballot: Ballot): void {
  const map = doc.getMap<unknown>(BALLOTS_ROOT)
  const key = ballotKey(participantId, ballot)
  const takenBack =
    (ballot.kind === 'dot' && ballot.dots === 0) || (ballot.kind === 'mind' && !ballot.changed)
  if (takenBack) map.delete(key)
  else map.set(key, ballot)
}
