/**
 * Small-group copies of a board: the same articles and phase plan, each with its own links, all
 * moderated by the original's moderator. A copy's moderator token is derived from the original's
 * (shared/auth/derivedTokens.ts), so the moderator's browser re-derives every group's link from the
 * one token it holds, and the server stores only hashes.
 */
import type * as Y from 'yjs'
import { SessionDocName, type Role } from '../../shared/access.ts'
import { deriveGroupModeratorToken } from '../../shared/auth/derivedTokens.ts'
import { DocName, addSource, createId, readMeta, readSources } from '../../shared/board/index.ts'
import type { BoardMeta, Source } from '../../shared/board/schema.ts'
import {
  MAX_GROUPS,
  idleTimer,
  readSession,
  writeSession,
  type SessionState,
} from '../../shared/debate/session.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { optionalDocument } from '../rooms/optionalDocument.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { BoardArticles, createBoard, destroyBoardDocuments } from './createBoard.ts'

/** A copy just made: its id, its group number (1-based) and the tokens of its links. */
export interface GroupCopy {
  id: string
  number: number
  tokens: Record<Role, string>
}

/** What a copy takes from its original. */
interface Original {
  id: string
  meta: BoardMeta
  sources: Source[]
  session: SessionState
}

/**
 * Makes `count` copies of board `originalId` and records their ids in its session, numbered after the
 * groups it already has. `moderatorToken` is the original's (checked by the caller). Throws
 * BAD_REQUEST for a board that is itself a group, LIMIT_REACHED past MAX_GROUPS groups.
 */
export async function createGroupCopies(
  deps: { store: BoardStore; registry: RoomRegistry },
  originalId: string,
  moderatorToken: string,
  count: number,
): Promise<GroupCopy[]> {
  const ids = Array.from({ length: count }, () => createId())
  const { original, firstNumber } = await reserveGroups(deps.registry, originalId, ids)
  const copies: GroupCopy[] = []
  try {
    for (const [index, id] of ids.entries()) {
      const number = firstNumber + index
      copies.push({ id, number, tokens: await createCopy(deps.store, original, id, number, moderatorToken) })
    }
  } catch (error) {
    // The ids of copies never made must not stay in the list the moderator sees.
    const made = new Set(copies.map((copy) => copy.id))
    await forgetGroups(
      deps.registry,
      originalId,
      ids.filter((id) => !made.has(id)),
    ).catch(() => {})
    throw error
  }
  return copies
}

/**
 * Reads what the copies take and records their ids, in one change on the room's queue: two requests
 * at once can neither both pass the limit nor give two groups one number.
 */
async function reserveGroups(registry: RoomRegistry, originalId: string, ids: string[]) {
  return registry.withRoom(originalId, async (room) => {
    // A board stored before formats has no session document (it stays a free board; see
    // BoardRoom.restoreDocuments), so nowhere to record its groups.
    if (!optionalDocument(room, SessionDocName.Session))
      throw new BoardError(
        ErrorCode.BadRequest,
        'This board was made before small groups existed: create a new board to split a class into groups.',
      )
    let session: SessionState | undefined
    await room.change(SessionDocName.Session, (doc) => {
      session = readSession(doc)
      refuseGroups(session, ids.length)
      writeSession(doc, { groups: [...session.groups, ...ids] })
    })
    const read = session!
    const original: Original = {
      id: originalId,
      meta: readMeta(room.document(DocName.Control)),
      sources: readSources(room.document(DocName.Board)),
      session: read,
    }
    return { original, firstNumber: read.groups.length + 1 }
  })
}

function refuseGroups(session: SessionState, count: number) {
  if (session.group)
    throw new BoardError(
      ErrorCode.BadRequest,
      'This board is already a group of another board: make the groups from the original board.',
    )
  if (session.groups.length + count > MAX_GROUPS)
    throw new BoardError(
      ErrorCode.LimitReached,
      `A board can have at most ${MAX_GROUPS} groups; this one has ${session.groups.length}, so at most ${
        MAX_GROUPS - session.groups.length
      } more can be made.`,
    )
}

async function forgetGroups(registry: RoomRegistry, originalId: string, ids: string[]) {
  if (ids.length === 0) return
  const gone = new Set(ids)
  await registry.withRoom(originalId, (room) =>
    room.change(SessionDocName.Session, (doc) =>
      writeSession(doc, { groups: readSession(doc).groups.filter((id) => !gone.has(id)) }),
    ),
  )
}

/** Stores one copy: the original's title, motion and articles, its plan at the first phase, no cards. */
async function createCopy(
  store: BoardStore,
  original: Original,
  id: string,
  number: number,
  moderatorToken: string,
): Promise<Record<Role, string>> {
  const { meta, session } = original
  const { tokens, documents } = await createBoard(
    store,
    {
      title: meta.title,
      motion: meta.motion,
      format: session.format,
      articles: BoardArticles.None,
      anonymous: session.anonymous,
    },
    {
      id,
      moderatorToken: await deriveGroupModeratorToken(moderatorToken, id),
      prepare: (draft) => {
        copySources(draft.board, original.sources)
        draft.session.transact(() => writeSession(draft.session, copiedSession(session, original.id, number)))
      },
    },
  )
  destroyBoardDocuments(documents)
  return tokens
}

/** The articles of the original, with their ids and times, so a copy lists them in the same order. */
function copySources(board: Y.Doc, sources: readonly Source[]) {
  for (const { id, title, language, text, url, addedBy, addedAt } of sources)
    addSource(board, { title, language, text, addedBy, ...(url ? { url } : {}) }, { id, now: addedAt })
}

/**
 * What a copy's session takes from the original's: the plan as renamed and timed, and the draft
 * scope. The rest is a new board's (first phase, unlocked, no spotlight), its timer set to the
 * first phase's duration as the moderator left it.
 */
function copiedSession(session: SessionState, parentId: string, number: number): Partial<SessionState> {
  const phases = session.phases.map((phase) => ({ ...phase }))
  return {
    draftScope: session.draftScope,
    phases,
    timer: idleTimer(phases[0]!),
    group: { parentId, number },
  }
}
