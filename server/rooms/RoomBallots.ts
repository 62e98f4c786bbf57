/**
 * The room's ballot box: it takes participants' ballots into the server-only `ballots` document and
 * tallies them for a reveal. Runs only inside the room's queue (RoomDebate calls it from there).
 */
import { SessionDocName } from '../../shared/access.ts'
import { CardKind } from '../../shared/board/schema.ts'
import { DocName, getBoardRoots } from '../../shared/board/layout.ts'
import { ballotSchema, refuseBallot, type Ballot, type VoteKind } from '../../shared/debate/ballots.ts'
import type { SessionState } from '../../shared/debate/session.ts'
import { tallyVote, type VoteResults } from '../../shared/debate/voteResults.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { ballotsOf, castBallot, countingBallots, dotsElsewhere } from '../debate/ballotBox.ts'
import type { DebateHost } from './RoomDebate.ts'
import type { RoomConnection } from './RoomConnection.ts'

export class RoomBallots {
  constructor(private readonly host: DebateHost) {}

  /**
   * Stores a participant's ballot in place of their previous one on the same card or round, as a
   * change of the server's own; returns their own ballots, throws a BoardError when refused.
   */
  async cast(connection: RoomConnection, payload: unknown, session: SessionState): Promise<Ballot[]> {
    const parsed = ballotSchema.safeParse(payload)
    if (!parsed.success) throw new BoardError(ErrorCode.BadRequest, 'This ballot is not one the board knows.')
    const ballot = parsed.data
    const box = this.host.document(SessionDocName.Ballots)
    const onBoard = this.cardsOnBoard()
    const cardId = ballot.kind === 'conviction' ? '' : ballot.cardId
    const refused = refuseBallot(ballot, {
      session,
      role: connection.role,
      cardExists: onBoard(cardId),
      cardIsFalsifier: this.isFalsifier(cardId),
      dotsElsewhere: box ? dotsElsewhere(box, connection.participantId, cardId, onBoard) : 0,
    })
    if (refused) throw new BoardError(refused.code, refused.message)
    if (!box) throw new BoardError(ErrorCode.BadRequest, 'This board runs no vote.')
    await this.host.applyChange(SessionDocName.Ballots, (doc) =>
      castBallot(doc, connection.participantId, ballot),
    )
    return ballotsOf(box, connection.participantId)
  }

  /** A participant's own ballots (none where the board runs no vote). */
  own(connection: RoomConnection): Ballot[] {
    const box = this.host.document(SessionDocName.Ballots)
    return box ? ballotsOf(box, connection.participantId) : []
  }

  /** The aggregates of one kind of vote from the ballots now: what a reveal writes, never a ballot. */
  tally(kind: VoteKind): VoteResults {
    const box = this.host.document(SessionDocName.Ballots)
    return tallyVote(kind, box ? countingBallots(box, this.cardsOnBoard()) : [], this.host.now())
  }

  /** Whether a card on the board is a falsifier (read straight from its entry: one field, no card parse). */
  private isFalsifier(cardId: string): boolean {
    const card = getBoardRoots(this.host.document(DocName.Board)!).cards.get(cardId)
    return card?.get('kind') === CardKind.Falsifier
  }

  /** Whether a card is on the board now. */
  private cardsOnBoard(): (cardId: string) => boolean {
    const cards = getBoardRoots(this.host.document(DocName.Board)!).cards
    return (cardId) => cards.has(cardId)
  }
}
