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
  /** Each connection's seat, with the Reader the document rules take, made once per seat: the
   * rules are asked for every message and for every connection an update is broadcast to. */
  private readonly seats = new Map<string, { seat: Seat; reader: Reader }>()
  /** Teams the moderator assigned, by participant id; null is "no team". */
  private readonly assigned = new Map<string, Team | null>()

  constructor(private readonly boardId: string) {}

  /** Remembers an assignment read from the roster or just made. */
  assign(participantId: string, team: Team | null): void {
    this.assigned.set(participantId, team)
  }

  /** The team the moderator assigned a participant (undefined when none was). */
  assignedTeam(participantId: string): Team | null | undefined {
    return this.assigned.get(participantId)
  }

  /** Seats a connection (again): after it joins, or after its team changed. */
  seat(connection: RoomConnection, session: SessionState): Seat {
    const seat = seatFor(this.boardId, connection, session, this.assigned.get(connection.participantId))
    this.seats.set(connection.id, { seat, reader: { role: connection.role, drafts: seat.drafts } })
    return seat
  }

  /** What the document rules need to know of a connection. */
  readerOf(connection: RoomConnection): Reader {
    return this.seats.get(connection.id)?.reader ?? { role: connection.role, drafts: null }
  }

  /** The seat of a connection that joined. */
  of(connection: RoomConnection): Seat | undefined {
    return this.seats.get(connection.id)?.seat
  }

  forget(connection: RoomConnection): void {
    this.seats.delete(connection.id)
  }
}
