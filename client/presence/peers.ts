/** Reading other participants out of awareness: who is here, where they point, what they read. */
import type { Awareness } from 'y-protocols/awareness'
import { normalizeProfile, type Profile } from '../join/identity.ts'

/** The team a presence shows: the one the server seated it on, or none (an observer, a moderator). */
export const PeerTeam = { Bull: 'bull', Bear: 'bear', Observer: 'observer' } as const
export type PeerTeam = (typeof PeerTeam)[keyof typeof PeerTeam]

/** What a participant publishes in awareness as `user`: their profile and their seat's team. */
export interface PresenceUser extends Profile {
  team: PeerTeam
}

/** `user` to publish with the team the server gave (not one the person chose); none reads as observer. */
export function withSeatTeam<T extends Profile>(
  user: T,
  team: 'bull' | 'bear' | null | undefined,
): T & { team: PeerTeam } {
  return { ...user, team: team ?? PeerTeam.Observer }
}

/**
 * The profile a presence shows. On an anonymous board the server strips names from peers' presence,
 * so a presence with a colour and no name is an anonymous peer (name ''), shown by team.
 */
function readPresenceProfile(user: unknown): Profile | undefined {
  const profile = normalizeProfile(user)
  if (profile || typeof user !== 'object' || user === null) return profile
  const { color } = user as Record<string, unknown>
  return typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? { name: '', color } : undefined
}

/** The name to show for a presence: its own, or its team's on an anonymous board. */
export function displayName(
  peer: { name: string; team: PeerTeam },
  teamName: (team: PeerTeam) => string,
): string {
  return peer.name || teamName(peer.team)
}

function readPeerTeam(user: unknown): PeerTeam {
  const team = (user as { team?: unknown } | null)?.team
  return team === PeerTeam.Bull || team === PeerTeam.Bear ? team : PeerTeam.Observer
}

export interface Peer extends PresenceUser {
  clientId: number
  isLocal: boolean
  /** The id of the article this participant has open in the reader. */
  reading: string | undefined
}

export interface PeerCursor {
  clientId: number
  name: string
  team: PeerTeam
  color: string
  x: number
  y: number
}

function readCursor(value: unknown): { x: number; y: number } | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { x, y } = value as Record<string, unknown>
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)
    ? { x, y }
    : undefined
}

/** Everyone who has joined with a profile (or, anonymous, a colour), this client first, then by name. */
export function readPeers(states: Map<number, Record<string, unknown>>, localId: number): Peer[] {
  const peers: Peer[] = []
  for (const [clientId, state] of states) {
    const profile = readPresenceProfile(state.user)
    if (!profile) continue
    const reading = typeof state.reading === 'string' ? state.reading : undefined
    const team = readPeerTeam(state.user)
    peers.push({ ...profile, team, clientId, isLocal: clientId === localId, reading })
  }
  return peers.sort((a, b) => Number(b.isLocal) - Number(a.isLocal) || a.name.localeCompare(b.name))
}

/** The cursors of everyone else who is pointing at the canvas. */
export function readCursors(states: Map<number, Record<string, unknown>>, localId: number): PeerCursor[] {
  const cursors: PeerCursor[] = []
  for (const [clientId, state] of states) {
    const profile = readPresenceProfile(state.user)
    const cursor = readCursor(state.cursor)
    if (clientId !== localId && profile && cursor)
      cursors.push({ clientId, ...cursor, ...profile, team: readPeerTeam(state.user) })
  }
  return cursors
}

/** A useSyncExternalStore store over awareness that only changes when `read` gives a different value. */
export function createAwarenessStore<T>(
  awareness: Awareness,
  read: (states: Map<number, Record<string, unknown>>, localId: number) => T,
) {
  const compute = () =>
    read(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID)
  let value = compute()
  let key = JSON.stringify(value)
  return {
    subscribe(onChange: () => void) {
      const onAwarenessChange = () => {
        const next = compute()
        const nextKey = JSON.stringify(next)
        if (nextKey === key) return
        value = next
        key = nextKey
        onChange()
      }
      awareness.on('change', onAwarenessChange)
      // NOTE: children's effects may have changed awareness between our render and this subscription.
      onAwarenessChange()
      return () => awareness.off('change', onAwarenessChange)
    },
    getSnapshot: () => value,
  }
}
