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

/** The dots a participant has on every card but `cardId`. */
export function dotsElsewhere(doc: Y.Doc, participantId: string, cardId: string): number {
  let dots = 0
  for (const ballot of ballotsOf(doc, participantId))
    if (ballot.kind === 'dot' && ballot.cardId !== cardId) dots += ballot.dots
  return dots
}

/** Stores a ballot in place of the participant's previous one on the same card or round (0 dots removes it). */
export function castBallot(doc: Y.Doc, participantId: string, ballot: Ballot): void {
  const map = doc.getMap<unknown>(BALLOTS_ROOT)
  const key = ballotKey(participantId, ballot)
  if (ballot.kind === 'dot' && ballot.dots === 0) map.delete(key)
  else map.set(key, ballot)
}
