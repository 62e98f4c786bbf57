/** The board workspace: header on top, the reader on the left, the canvas on the right. */
import { useState } from 'react'
import { ReactFlowProvider } from '@xyflow/react'
import { canEdit } from '../../shared/access.ts'
import type { BoardSummary } from '../http/boardsApi.ts'
import type { Profile } from '../join/identity.ts'
import { usePeers } from '../presence/usePresence.ts'
import type { BoardSession, ConnectionState } from '../sync/BoardSession.ts'
import { useBoardSnapshot } from '../sync/useBoardSnapshot.ts'
import { BoardHeader } from './BoardHeader.tsx'
import { HelpDialog } from './HelpDialog.tsx'
import { ShareDialog } from './ShareDialog.tsx'
import { Workspace } from './Workspace.tsx'
import './board.css'

interface BoardLayoutProps {
  session: BoardSession
  connection: ConnectionState
  board: BoardSummary
  profile: Profile
}

export function BoardLayout({ session, connection, board, profile }: BoardLayoutProps) {
  const snapshot = useBoardSnapshot(session.doc)
  const peers = usePeers(session.provider.awareness)
  const [dialog, setDialog] = useState<'share' | 'help'>()
  const readOnly = !canEdit(board.role)
  return (
    <div className="board-layout" data-testid="board" data-read-only={readOnly}>
      <BoardHeader
        title={snapshot.meta.title || board.title}
        motion={snapshot.meta.motion || board.motion}
        connection={connection}
        peers={peers}
        readOnly={readOnly}
        onShare={() => setDialog('share')}
        onHelp={() => setDialog('help')}
      />
      <ReactFlowProvider>
        <Workspace
          session={session}
          snapshot={snapshot}
          peers={peers}
          profile={profile}
          readOnly={readOnly}
          onHelp={() => setDialog('help')}
        />
      </ReactFlowProvider>
      {dialog === 'share' && (
        <ShareDialog boardId={board.id} role={board.role} onClose={() => setDialog(undefined)} />
      )}
      {dialog === 'help' && <HelpDialog onClose={() => setDialog(undefined)} />}
    </div>
  )
}
