/**
 * A BoardProvider that never connects, for component tests of the debate UI: the test writes its
 * session document, says its seat, grants it a roster, and records its facilitation actions.
 */
import { vi } from 'vitest'
import * as Y from 'yjs'
import { act } from 'react'
import { Role, SessionDocName } from '../../shared/access.ts'
import type { Format } from '../../shared/debate/formats.ts'
import { ROSTER_ROOT, type RosterEntry } from '../../shared/debate/roster.ts'
import { initialSession, writeSession, type SessionState } from '../../shared/debate/session.ts'
import type { Seat } from '../../shared/protocol.ts'
import { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { registerCleanup } from './cleanup.ts'

export interface DebateProviderOptions {
  format?: Format
  seat?: Partial<Seat>
  /** The provider's estimate of the server's clock (by default this machine's). */
  serverNow?: () => number
}

/** A seat of `role`, with the team and drafts its link gives. */
export function seatOf(role: Seat['role'], patch: Partial<Seat> = {}): Seat {
  const team = role === Role.Bull ? 'bull' : role === Role.Bear ? 'bear' : null
  return {
    role,
    team,
    authorId: 'author-1',
    participantId: 'participant-1',
    drafts: team ? `drafts/${team}` : null,
    ...patch,
  }
}

export function debateProvider(options: DebateProviderOptions = {}) {
  const provider = new BoardProvider({
    url: 'http://127.0.0.1:9',
    boardId: 'board-1',
    doc: new Y.Doc(),
    connect: false,
  })
  registerCleanup(() => provider.destroy())
  writeSession(provider.session, initialSession(options.format ?? 'classroom'))
  if (options.serverNow) vi.spyOn(provider, 'serverNow').mockImplementation(options.serverNow)
  const facilitate = vi.spyOn(provider, 'facilitate').mockResolvedValue(undefined)
  const roster = new Y.Doc()
  let rosterGranted = false
  const document = provider.document.bind(provider)
  vi.spyOn(provider, 'document').mockImplementation((name) =>
    name === SessionDocName.Roster ? (rosterGranted ? roster : undefined) : document(name),
  )

  const setSeat = (seat: Seat) => {
    provider.seat = seat
    provider.emit('seat', [seat])
  }
  if (options.seat) setSeat(seatOf(options.seat.role ?? Role.Edit, options.seat))

  return {
    provider,
    facilitate,
    /** Changes the session as the server would (inside act, so React renders the change). */
    setSession(patch: Partial<SessionState>) {
      act(() => provider.session.transact(() => writeSession(provider.session, patch)))
    },
    setSeat(seat: Seat) {
      act(() => setSeat(seat))
    },
    /** Grants the roster document with these participants. */
    grantRoster(entries: Record<string, Partial<RosterEntry>>) {
      act(() => {
        roster.transact(() => {
          for (const [id, entry] of Object.entries(entries))
            roster.getMap(ROSTER_ROOT).set(id, {
              name: id,
              role: Role.Edit,
              team: null,
              assigned: false,
              authorId: `author-${id}`,
              lastSeenAt: 0,
              ...entry,
            })
        })
        rosterGranted = true
        provider.emit('documents', [[SessionDocName.Roster]])
      })
    },
  }
}
