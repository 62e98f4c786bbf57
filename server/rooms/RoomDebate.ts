/**
 * The debate a room runs: its session (phase, timer, lock, anonymity), the seat of every
 * connection, the roster moderators see, private drafts and their reveal. The room hands it every
 * connection and facilitation action; it changes documents only through the room's own path.
 */
import * as Y from 'yjs'
import {
  DRAFTS_PREFIX,
  Role,
  SessionDocName,
  canModerate,
  type Reader,
  type Team,
} from '../../shared/access.ts'
import { DocName, getBoardRoots } from '../../shared/board/layout.ts'
import { refuseChange, type ChangeTarget, type Writer } from '../../shared/debate/boardRules.ts'
import type { Ballot } from '../../shared/debate/ballots.ts'
import { Format, type PhasePlan } from '../../shared/debate/formats.ts'
import { facilitationActionSchema, type FacilitationAction } from '../../shared/debate/facilitation.ts'
import { LIMITS } from '../../shared/board/schema.ts'
import { ROSTER_ROOT, readRoster, rosterEntrySchema, type RosterEntry } from '../../shared/debate/roster.ts'
import {
  FREE_SESSION,
  currentPhase,
  readSession,
  remainingMs,
  writeSession,
  type SessionState,
} from '../../shared/debate/session.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { Seat } from '../../shared/protocol.ts'
import { withMemberNames, type VoteResults } from '../../shared/debate/voteResults.ts'
import { withSeat, withoutNames } from '../debate/presenceStates.ts'
import type { StateView } from './RoomPresence.ts'
import { planFacilitation, type FacilitationPlan } from '../debate/facilitate.ts'
import { clearDrafts, copyDrafts } from '../debate/reveal.ts'
import type { ChangeRules } from './policy/index.ts'
import type { RoomConnection } from './RoomConnection.ts'
import { RoomBallots } from './RoomBallots.ts'
import { RoomSeats } from './RoomSeats.ts'

/** What the debate needs of its room. */
export interface DebateHost {
  readonly boardId: string
  connections(): Iterable<RoomConnection>
  documentNames(): Iterable<string>
  document(name: string): Y.Doc | undefined
  /**
   * Makes an empty document (a drafts document nobody wrote in yet; stored on its first change) and
   * grants it to those already here who may read it, but `except`.
   */
  ensureDocument(name: string, except?: RoomConnection): void
  /** Runs a change of the server's own, stored and broadcast; only from inside the room's queue. */
  applyChange(name: string, edit: (doc: Y.Doc) => void): Promise<void>
  /** Runs a task on the room's queue. */
  enqueue(task: () => Promise<void>): Promise<void>
  /** Whether a connection speaks for a presence (awareness client id) now. */
  speaksFor(connection: RoomConnection, clientId: number): boolean
  /** Announces a connection's seat and documents again, starting the handshake of new ones. */
  reseat(connection: RoomConnection, seat: Seat): void
  /** Told once a change of phase is applied, with the phase entered (from inside the queue). */
  phaseEntered?(phase: PhasePlan): void
  /** Told when what peers may see of others' presence changed (anonymity turned on or off). */
  presenceViewsChanged?(): void
  now(): number
  /** True on exactly one node for `key`: a timer's end is acted on once however many nodes hold the board. */
  claimOnce(key: string): Promise<boolean>
}

export class RoomDebate {
  private session: SessionState
  private readonly seats: RoomSeats
  private readonly ballots: RoomBallots
  private timerEnd: ReturnType<typeof setTimeout> | undefined
  /** Presence rewritten without names, for the update being relayed (one rewrite per update). */

  constructor(private readonly host: DebateHost) {
    this.seats = new RoomSeats(host.boardId)
    this.ballots = new RoomBallots(host)
    this.session = this.readSession()
    const roster = host.document(SessionDocName.Roster)
    if (roster)
      for (const [id, entry] of readRoster(roster)) if (entry.assigned) this.seats.assign(id, entry.team)
  }

  /** The session now. */
  get state(): SessionState {
    return this.session
  }

  /** After loading: a timer that ran out while the board was unloaded takes effect now. */
  resume(): void {
    this.scheduleTimerEnd()
  }

  /** Seats a joining connection; returns its seat, its drafts document made ready. */
  seat(connection: RoomConnection): Seat {
    const seat = this.seats.seat(connection, this.session)
    if (seat.drafts) this.host.ensureDocument(seat.drafts, connection)
    void this.host.enqueue(() => this.recordInRoster(connection, seat, undefined)).catch(noop)
    return seat
  }

  leave(connection: RoomConnection): void {
    this.seats.forget(connection)
  }

  /** What the document rules need to know of a connection. */
  readerOf(connection: RoomConnection): Reader {
    return this.seats.readerOf(connection)
  }

  /** The debate's rules for an update of a connection to one document; undefined where none apply. */
  changeRules(connection: RoomConnection, docName: string): ChangeRules | undefined {
    const seat = this.seats.of(connection)
    if (!seat) return undefined
    const target = changeTarget(docName)
    if (!target) return undefined
    const writer: Writer = { moderator: canModerate(seat.role), team: seat.team, authorId: seat.authorId }
    return { target, refuse: (change) => refuseChange(this.session, writer, target, change) }
  }

  /** How `recipient` sees others' presence: without names on an anonymous board, unless a moderator. */
  presenceView(recipient: RoomConnection): StateView | undefined {
    if (!this.session.anonymous || recipient.role === Role.Moderate) return undefined
    return withoutNames
  }

  /** A presence state with the sender's real role and team in it (a free board keeps it as sent). */
  stampPresence(sender: RoomConnection, state: unknown): unknown {
    const seat = this.seats.of(sender)
    if (!seat || this.session.format === Format.Free) return state
    return withSeat(state, seat)
  }

  /** Notes the name a participant shows in their presence, for the moderator's roster. */
  notePresence(connection: RoomConnection, state: unknown): void {
    const name = nameIn(state)
    const seat = this.seats.of(connection)
    // A free board keeps no roster. NOTE: this runs for every presence message (cursor moves
    // included), so it reads the one entry, never the whole roster, and queues nothing unless the
    // name changed.
    const roster = this.host.document(SessionDocName.Roster)
    if (name === undefined || !seat || !roster) return
    const known: unknown = roster.getMap(ROSTER_ROOT).get(connection.participantId)
    if ((known as { name?: unknown } | undefined)?.name === name) return
    void this.host.enqueue(() => this.recordInRoster(connection, seat, name)).catch(noop)
  }

  /** Runs a moderator's action; resolves once applied, rejects with a BoardError when refused. */
  facilitate(connection: RoomConnection, payload: unknown): Promise<void> {
    return this.host.enqueue(async () => {
      if (!canModerate(connection.role))
        throw new BoardError(ErrorCode.Forbidden, 'Only the moderator can run the debate.')
      const parsed = facilitationActionSchema.safeParse(payload)
      if (!parsed.success)
        throw new BoardError(ErrorCode.BadRequest, 'This facilitation action is not one the board knows.')
      await this.apply(connection, parsed.data)
    })
  }

  /** Casts a participant's ballot (RoomBallots); resolves with their own ballots, rejects with a BoardError. */
  vote(connection: RoomConnection, payload: unknown): Promise<Ballot[]> {
    let own: Ballot[] = []
    return this.host
      .enqueue(async () => {
        own = await this.ballots.cast(connection, payload, this.session)
      })
      .then(() => own)
  }

  /** A participant's own ballots, read in the room's queue so a ballot being cast is counted. */
  ownBallots(connection: RoomConnection): Promise<Ballot[]> {
    let own: Ballot[] = []
    return this.host
      .enqueue(async () => {
        own = this.ballots.own(connection)
      })
      .then(() => own)
  }

  /**
   * Follows a change another node made: the session it wrote (and its timer), and the teams its
   * moderator assigned, reseating this node's connections of a participant whose team changed.
   */
  followRemote(docName: string): void {
    if (docName === SessionDocName.Session) {
      this.followSession()
      this.scheduleTimerEnd()
    }
    const roster = this.host.document(SessionDocName.Roster)
    if (docName !== SessionDocName.Roster || !roster) return
    // Every join on any node rewrites the roster: only the entries a moderator assigned are read whole.
    roster.getMap<unknown>(ROSTER_ROOT).forEach((value, id) => {
      if ((value as { assigned?: unknown } | null)?.assigned !== true) return
      const entry = rosterEntryOf(roster, id)
      if (!entry || this.seats.assignedTeam(id) === entry.team) return
      this.seats.assign(id, entry.team)
      this.reseatParticipant(id)
    })
  }

  destroy(): void {
    clearTimeout(this.timerEnd)
  }

  private async apply(connection: RoomConnection, action: FacilitationAction) {
    if (action.type === 'assign-team') return this.assignTeam(action.participantId, action.team)
    const presence =
      action.type === 'summon' ? action.clientId : action.type === 'spotlight' ? action.clientId : null
    if (presence !== null && !this.host.speaksFor(connection, presence))
      throw new BoardError(ErrorCode.Forbidden, 'A moderator can put only their own view in the spotlight.')
    const cards = getBoardRoots(this.host.document(DocName.Board)!).cards
    const plan = planFacilitation(this.session, action, this.host.now(), (cardId) => cards.has(cardId))
    if (plan.reveal) await this.reveal()
    if (plan.clearNames) await this.clearNames()
    const results = this.resultsAfter(plan)
    await this.writeSession(results ? { ...plan.patch, results } : plan.patch)
  }

  /**
   * The results a facilitation action leaves: a reveal's tally, its conviction members named for
   * everyone unless the board is anonymous; turning anonymity on takes those names away again.
   */
  private resultsAfter(plan: FacilitationPlan): VoteResults | undefined {
    const anonymous = plan.patch.anonymous ?? this.session.anonymous
    if (plan.revealVotes) {
      const results = { ...this.session.results, ...this.ballots.tally(plan.revealVotes) }
      return withMemberNames(results, anonymous ? undefined : this.memberNames(results))
    }
    if (plan.clearNames && this.session.results.conviction?.names)
      return withMemberNames(this.session.results, undefined)
    return undefined
  }

  /** The roster's names of the members in the conviction results (those without a name left out). */
  private memberNames(results: VoteResults): Record<string, string> | undefined {
    const roster = this.host.document(SessionDocName.Roster)
    if (!results.conviction || !roster) return undefined
    const entries = readRoster(roster)
    const ids = new Set([
      ...Object.keys(results.conviction.members),
      ...Object.keys(results.conviction.minds),
    ])
    const names = [...ids].flatMap((id) => {
      const name = entries.get(id)?.name
      return name ? [[id, name] as const] : []
    })
    return Object.fromEntries(names)
  }

  private async writeSession(patch: Partial<SessionState>) {
    if (Object.keys(patch).length === 0) return
    const before = this.session.phaseIndex
    await this.host.applyChange(SessionDocName.Session, (doc) => writeSession(doc, patch))
    this.followSession()
    this.scheduleTimerEnd()
    if (this.session.phaseIndex !== before) this.host.phaseEntered?.(currentPhase(this.session))
  }

  /** Every draft onto the board in one transaction, then every drafts document emptied. */
  private async reveal() {
    const drafts = [...this.host.documentNames()]
      .filter((name) => name.startsWith(DRAFTS_PREFIX))
      .map((name) => ({ name, doc: this.host.document(name)! }))
    const withCards = drafts.filter(
      ({ doc }) => getBoardRoots(doc).cards.size + getBoardRoots(doc).links.size > 0,
    )
    if (withCards.length === 0) return
    await this.host.applyChange(DocName.Board, (board) => {
      copyDrafts(
        board,
        withCards.map(({ doc }) => doc),
      )
    })
    for (const { name } of withCards) await this.host.applyChange(name, clearDrafts)
  }

  /** Blanks authors' names on every card (anonymity turned on); the roster keeps who wrote what. */
  private async clearNames() {
    for (const name of this.host.documentNames()) {
      if (!changeTarget(name)) continue
      await this.host.applyChange(name, (doc) => {
        getBoardRoots(doc).cards.forEach((card) => {
          if (card.get('authorName') !== '') card.set('authorName', '')
        })
      })
    }
  }

  private async assignTeam(participantId: string, team: Team | null) {
    const entry = rosterEntryOf(this.host.document(SessionDocName.Roster), participantId)
    if (!entry) throw new BoardError(ErrorCode.NotFound, 'This participant has not joined the board.')
    if (entry.role === Role.Moderate || entry.role === Role.View || entry.role === Role.Projector)
      throw new BoardError(ErrorCode.BadRequest, 'Only participants who can write can be put on a team.')
    this.seats.assign(participantId, team)
    await this.host.applyChange(SessionDocName.Roster, (doc) =>
      doc.getMap(ROSTER_ROOT).set(participantId, { ...entry, team, assigned: true }),
    )
    this.reseatParticipant(participantId)
  }

  private reseatParticipant(participantId: string) {
    for (const connection of this.host.connections()) {
      if (connection.participantId !== participantId) continue
      const seat = this.seats.seat(connection, this.session)
      if (seat.drafts) this.host.ensureDocument(seat.drafts, connection)
      this.host.reseat(connection, seat)
    }
  }

  private async recordInRoster(connection: RoomConnection, seat: Seat, name: string | undefined) {
    const roster = this.host.document(SessionDocName.Roster)
    if (!roster) return
    // One entry, not the whole roster: this runs on every join.
    const known = rosterEntryOf(roster, connection.participantId)
    const entry: RosterEntry = {
      name: name ?? known?.name ?? '',
      role: seat.role,
      team: seat.team,
      assigned: known?.assigned ?? false,
      authorId: seat.authorId,
      lastSeenAt: this.host.now(),
    }
    await this.host.applyChange(SessionDocName.Roster, (doc) =>
      doc.getMap(ROSTER_ROOT).set(connection.participantId, entry),
    )
  }

  /** Locks the board when a timer set to lock runs out, even if nobody is looking. */
  private scheduleTimerEnd() {
    clearTimeout(this.timerEnd)
    const { timer } = this.session
    if (timer.status !== 'running' || !timer.lockOnEnd) return
    const left = remainingMs(timer, this.host.now())
    this.timerEnd = setTimeout(() => {
      void this.host
        .enqueue(async () => {
          const current = this.session.timer
          if (current.status !== 'running' || remainingMs(current, this.host.now()) > 0) return
          // Every node holding the board runs this timer; one of them locks the board.
          if (!(await this.host.claimOnce(`timer-end:${this.host.boardId}:${current.endsAt}`))) return
          await this.writeSession({
            locked: true,
            timer: { ...current, status: 'paused', endsAt: null, remainingMs: 0 },
          })
        })
        .catch(noop)
    }, left)
    this.timerEnd.unref?.()
  }

  /**
   * Reads the session again. Turning anonymity on or off changes how peers see everyone's presence:
   * a big room relays no unchanged presence for minutes (SP8), so it must be sent again now (PH31).
   */
  private followSession(): void {
    const wasAnonymous = this.session.anonymous
    this.session = this.readSession()
    if (this.session.anonymous !== wasAnonymous) this.host.presenceViewsChanged?.()
  }

  private readSession(): SessionState {
    const doc = this.host.document(SessionDocName.Session)
    return doc ? readSession(doc) : FREE_SESSION
  }
}

function changeTarget(docName: string): ChangeTarget | undefined {
  if (docName === DocName.Board) return 'board'
  return docName.startsWith(DRAFTS_PREFIX) ? 'drafts' : undefined
}

function nameIn(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null) return undefined
  const user = (state as { user?: unknown }).user
  if (typeof user !== 'object' || user === null) return undefined
  const name = (user as { name?: unknown }).name
  return typeof name === 'string' ? name.trim().slice(0, LIMITS.nameLength) : undefined
}

/** One participant's roster entry, read alone (undefined when absent or unreadable). */
function rosterEntryOf(roster: Y.Doc | undefined, participantId: string): RosterEntry | undefined {
  const stored = rosterEntrySchema.safeParse(roster?.getMap(ROSTER_ROOT).get(participantId))
  return stored.success ? stored.data : undefined
}

function noop() {}
