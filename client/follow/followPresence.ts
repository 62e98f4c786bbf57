/**
 * What a client publishes in awareness so that others can follow it (its canvas view and its reading
 * position), and reading that back out of other clients' states, which are untrusted.
 */
import type { Role } from '../../shared/access.ts'

/** The awareness fields following adds beside `user`, `cursor` and `reading`. */
export const FollowField = { View: 'view', ReadingAt: 'readingAt' } as const

/** A client's canvas view: React Flow's viewport and the size of the pane it shows it in (px). */
export interface CanvasView {
  x: number
  y: number
  zoom: number
  width: number
  height: number
}

/**
 * Where a client reads: the article, and the paragraph at the top of the reader pane with how far
 * into it (0–1). Paragraphs are the article's lines, the same on every screen, so a phone and a
 * projector can show the same place; block -1 is the title area above the first paragraph.
 */
export interface ReadingAt {
  sourceId: string
  block: number
  within: number
}

/** What following someone reads of their presence. */
export interface LeaderState {
  view: CanvasView | undefined
  readingAt: ReadingAt | undefined
}

type States = Map<number, Record<string, unknown>>

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** A published canvas view, or undefined when it is missing or not one. */
export function readView(value: unknown): CanvasView | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { x, y, zoom, width, height } = value as Record<string, unknown>
  if (![x, y, zoom, width, height].every(isFiniteNumber)) return undefined
  const view = { x, y, zoom, width, height } as CanvasView
  return view.zoom > 0 && view.width >= 0 && view.height >= 0 ? view : undefined
}

/** A published reading position, or undefined when it is missing or not one. */
export function readReadingAt(value: unknown): ReadingAt | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { sourceId, block, within } = value as Record<string, unknown>
  if (typeof sourceId !== 'string' || !Number.isInteger(block) || !isFiniteNumber(within)) return undefined
  return { sourceId, block: Math.max(-1, block as number), within: Math.min(1, Math.max(0, within)) }
}

/** The view and reading position of one client, or undefined when that client is not here. */
export function readLeader(states: States, clientId: number): LeaderState | undefined {
  const state = states.get(clientId)
  if (!state) return undefined
  return { view: readView(state[FollowField.View]), readingAt: readReadingAt(state[FollowField.ReadingAt]) }
}

/** The role a client says it holds, published in its `user` beside the profile. */
export function readRole(user: unknown): Role | undefined {
  if (typeof user !== 'object' || user === null) return undefined
  const { role } = user as Record<string, unknown>
  return typeof role === 'string' ? (role as Role) : undefined
}

/**
 * The moderator a projector follows when nobody holds the spotlight: the lowest client id that says
 * it moderates, so that every projector picks the same one.
 * NOTE: the role is what the client says; the spotlight (checked by the server) is the reliable way.
 */
export function findModerator(states: States, localId: number): number | undefined {
  let found: number | undefined
  for (const [clientId, state] of states) {
    if (clientId === localId || readRole(state.user) !== 'moderate') continue
    if (found === undefined || clientId < found) found = clientId
  }
  return found
}
