/**
 * The seat of every connection on a board (role, team, author id, drafts document), and the teams
 * the moderator assigned, which outlive connections: they are kept in the roster document.
 */
import type { Reader, Team } from '../../shared/access.ts'
import type { SessionState } from '../../shared/debate/session.ts'
import type { Seat } from '../../shared/protocol.ts'
import { seatFor } from '../debate/seats.ts'
import type { RoomConnection } from './RoomConnection.ts'

export class RoomSeats {
  private readonly seats = new Map<string, Seat>()
  /** Teams the moderator assigned, by participant id; null is "no team". */
  private readonly assigned = new Map<string, Team | null>()

  constructor(private readonly boardId: string) {}

  /** Remembers an assignment read from the roster or just made. */
  assign(participantId: string, team: Team | null): void {
    this.assigned.set(participantId, team)
  }

  /** Seats a connection (again): after it joins, or after its team changed. */
  seat(connection: RoomConnection, session: SessionState): Seat {
    const seat = seatFor(this.boardId, connection, session, this.assigned.get(connection.participantId))
    this.seats.set(connection.id, seat)
    return seat
  }

  /** What the document rules need to know of a connection. */
  readerOf(connection: RoomConnection): Reader {
    return { role: connection.role, drafts: this.seats.get(connection.id)?.drafts ?? null }
  }

  /** The seat of a connection that joined. */
  of(connection: RoomConnection): Seat | undefined {
    return this.seats.get(connection.id)
  }

  forget(connection: RoomConnection): void {
    this.seats.delete(connection.id)
  }
}
