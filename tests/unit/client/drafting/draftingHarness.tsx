/**
 * A board as the drafting hooks see it, without a server: a real BoardProvider that never connects,
 * whose seat, session and granted documents the test says as the server would.
 */
import { act } from 'react'
import * as Y from 'yjs'
import { Role, SessionDocName } from '../../../../shared/access.ts'
import { addSource } from '../../../../shared/board/mutators.ts'
import { ROSTER_ROOT, type RosterEntry } from '../../../../shared/debate/roster.ts'
import { writeSession, type SessionState } from '../../../../shared/debate/session.ts'
import type { DocumentGrant } from '../../../../shared/access.ts'
import type { Seat } from '../../../../shared/protocol.ts'
import { BoardProvider } from '../../../../shared/sync/BoardProvider.ts'
import { useDrafting, type Drafting } from '../../../../client/drafting/useDrafting.ts'
import type { BoardSession } from '../../../../client/sync/BoardSession.ts'
import { createUndoManager } from '../../../../client/sync/undo.ts'
import { registerCleanup } from '../../../helpers/cleanup.ts'
import { renderInDom } from '../../../helpers/renderInDom.tsx'

export const ARTICLE = 'The AI boom is sustainable because demand for compute keeps growing every year.'
export const SOURCE_ID = 'src-1'

/** What a test sends the provider in the server's place. */
interface ServerSide {
  onDocuments(grants: DocumentGrant[]): void
}

export function debateBoard(session: SessionState) {
  const doc = new Y.Doc()
  const control = new Y.Doc()
  const provider = new BoardProvider({
    url: 'http://127.0.0.1:9',
    boardId: 'board-1',
    doc,
    control,
    connect: false,
  })
  registerCleanup(() => provider.destroy())
  writeSession(provider.session, session)
  addSource(doc, { title: 'Boom', language: 'en', text: ARTICLE, addedBy: 'teacher' }, { id: SOURCE_ID })
  const undoManager = createUndoManager(doc)
  const board = { doc, control, provider, undoManager } as unknown as BoardSession
  const granted = new Set<string>()
  return {
    board,
    provider,
    /** The server says who this connection is. */
    seat(seat: Seat) {
      act(() => {
        provider.seat = seat
        provider.emit('seat', [seat])
      })
    },
    /** The server grants documents (drafts, the roster) on top of those already granted. */
    grant(...names: string[]) {
      for (const name of names) granted.add(name)
      const grants = [...granted].map((name) => ({ name, write: name !== SessionDocName.Roster }))
      act(() => (provider as unknown as ServerSide).onDocuments(grants))
    },
    /** The server changes the session. */
    setSession(patch: Partial<SessionState>) {
      act(() => writeSession(provider.session, patch))
    },
    /** The server writes the roster (moderators only receive it). */
    roster(entries: Record<string, Partial<RosterEntry>>) {
      const rosterDoc = provider.document(SessionDocName.Roster)!
      act(() =>
        rosterDoc.transact(() => {
          for (const [participantId, entry] of Object.entries(entries))
            rosterDoc.getMap(ROSTER_ROOT).set(participantId, {
              name: participantId,
              role: Role.Edit,
              team: null,
              assigned: false,
              authorId: `author-${participantId}`,
              lastSeenAt: 0,
              ...entry,
            })
        }),
      )
    },
  }
}

/** Renders useDrafting over `board`; `current` is what it returned at the last render. */
export function renderDrafting(board: BoardSession, name = 'Ada'): { readonly current: Drafting } {
  const latest: { current?: Drafting } = {}
  function Probe() {
    latest.current = useDrafting(board, name)
    return null
  }
  renderInDom(<Probe />)
  return latest as { readonly current: Drafting }
}
