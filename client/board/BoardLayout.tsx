/** The board workspace: header on top, the reader on the left, the canvas on the right. */
import { useState } from 'react'
import { ReactFlowProvider } from '@xyflow/react'
import { canEdit, canModerate, Role } from '../../shared/access.ts'
import { setMeta } from '../../shared/board/mutators.ts'
import { useSeat, useSessionState } from '../debate/useDebate.ts'
import { FollowBar } from '../follow/FollowBar.tsx'
import { FollowContext } from '../follow/FollowContext.ts'
import { PresenterMenu } from '../follow/PresenterMenu.tsx'
import { useAvatarFollow } from '../follow/useAvatarFollow.ts'
import { useFollowController } from '../follow/useFollowController.ts'
import type { BoardSummary } from '../http/boardsApi.ts'
import type { Profile } from '../join/identity.ts'
import { ProfileDialog } from '../join/ProfileDialog.tsx'
import { usePeers } from '../presence/usePresence.ts'
import { useNarrowScreen } from '../ui/useNarrowScreen.ts'
import type { BoardSession, ConnectionState } from '../sync/BoardSession.ts'
import { useBoardSnapshot } from '../sync/useBoardSnapshot.ts'
import { DebateBar } from '../debate/DebateBar.tsx'
import { DecisionBar } from '../decision/DecisionBar.tsx'
import { BoardHeader } from './BoardHeader.tsx'
import { HelpDialog } from './HelpDialog.tsx'
import { ShareDialog } from './ShareDialog.tsx'
import { DashboardDialog } from '../drafting/DashboardDialog.tsx'
import { GroupLabel } from '../groups/GroupLabel.tsx'
import { ReplayView } from '../replay/ReplayView.tsx'
import { GroupsDialog } from '../groups/GroupsDialog.tsx'
import { Workspace } from './Workspace.tsx'
import { ProjectorScoreboard } from '../voting/ProjectorScoreboard.tsx'
import { ScoreboardDialog } from '../voting/ScoreboardDialog.tsx'
import { useBallots } from '../voting/useBallots.ts'
import { useVotingValue } from '../voting/useVotingValue.ts'
import { VotingBar } from '../voting/VotingBar.tsx'
import { VotingContext } from '../voting/VotingContext.ts'
import './board.css'

interface BoardLayoutProps {
  session: BoardSession
  connection: ConnectionState
  board: BoardSummary
  profile: Profile
  /** The token this board was opened with; the moderator's resets links with it. */
  token: string | undefined
  onProfileChange(profile: Profile): void
}

export function BoardLayout({
  session,
  connection,
  board,
  profile,
  token,
  onProfileChange,
}: BoardLayoutProps) {
  const snapshot = useBoardSnapshot(session.doc, session.control, session.cards)
  const peers = usePeers(session.provider.awareness)
  const [dialog, setDialog] = useState<'share' | 'help' | 'profile' | 'dashboard' | 'groups' | 'scoreboard'>()
  const [replaying, setReplaying] = useState(false)
  const debate = useSessionState(session.provider)
  const { format, group } = debate
  // The server's word once it came; the link's until then.
  const role = useSeat(session.provider)?.role ?? board.role
  const projector = role === Role.Projector
  const readOnly = !canEdit(role)
  const { provider } = session
  const follow = useFollowController({ provider, projector })
  const avatarFollow = useAvatarFollow(follow)
  const narrow = useNarrowScreen()
  // Once the document holds a title it is the truth, an emptied motion included; until then, the summary.
  const meta = snapshot.meta.title ? snapshot.meta : board
  const voting = useVotingValue(debate, role, snapshot.cards, useBallots(provider))
  return (
    <FollowContext.Provider value={follow}>
      {/* Around the header too: its Export menu reads the canvas' nodes for the whole-board image. */}
      <ReactFlowProvider>
        <div
          className={`board-layout${projector ? ' board-layout-projector' : ''}`}
          data-testid="board"
          data-read-only={readOnly}
          data-projector={projector}
        >
          <BoardHeader
            bare={projector}
            avatarFollow={avatarFollow}
            tools={
              canModerate(role) && (
                <PresenterMenu
                  boardId={board.id}
                  token={token}
                  facilitate={(action) => provider.facilitate(action)}
                  compact={narrow}
                />
              )
            }
            title={meta.title}
            motion={meta.motion}
            connection={connection}
            peers={peers}
            readOnly={readOnly}
            canRename={canModerate(board.role)}
            onRename={(patch) => setMeta(session.control, patch)}
            onShare={() => setDialog('share')}
            exportTarget={{ boardId: board.id, title: meta.title, token }}
            onReplay={projector ? undefined : () => setReplaying((open) => !open)}
            replaying={replaying}
            onDashboard={canModerate(role) ? () => setDialog('dashboard') : undefined}
            // A copy cannot be split again (PH44): its groups are made from the original board.
            onGroups={canModerate(role) && !group ? () => setDialog('groups') : undefined}
            onScoreboard={format === 'free' ? undefined : () => setDialog('scoreboard')}
            titleBadge={group && <GroupLabel group={group} />}
            onHelp={() => setDialog('help')}
            onEditProfile={() => setDialog('profile')}
            onRetryNow={() => session.retry()}
          />
          <DebateBar provider={provider} />
          <DecisionBar provider={provider} cards={snapshot.cards} />
          <VotingBar session={debate} voting={voting} />
          <FollowBar peers={peers} facilitate={(action) => provider.facilitate(action)} />
          <main className="board-main">
            {replaying ? (
              <ReplayView boardId={board.id} token={token} onClose={() => setReplaying(false)} />
            ) : (
              <VotingContext.Provider value={voting}>
                <Workspace
                  session={session}
                  snapshot={snapshot}
                  peers={peers}
                  profile={profile}
                  readOnly={readOnly}
                  onHelp={() => setDialog('help')}
                  token={token}
                  boardId={board.id}
                />
              </VotingContext.Provider>
            )}
          </main>
          {projector && (
            <ProjectorScoreboard cards={snapshot.cards} links={snapshot.links} results={debate.results} />
          )}
          {dialog === 'scoreboard' && (
            <ScoreboardDialog
              cards={snapshot.cards}
              links={snapshot.links}
              results={debate.results}
              onClose={() => setDialog(undefined)}
            />
          )}
          {dialog === 'share' && (
            <ShareDialog
              boardId={board.id}
              role={board.role}
              token={token}
              format={format}
              onClose={() => setDialog(undefined)}
            />
          )}
          {dialog === 'dashboard' && (
            <DashboardDialog boardId={board.id} moderatorToken={token} onClose={() => setDialog(undefined)} />
          )}
          {dialog === 'groups' && (
            <GroupsDialog boardId={board.id} moderatorToken={token} onClose={() => setDialog(undefined)} />
          )}
          {dialog === 'help' && <HelpDialog onClose={() => setDialog(undefined)} />}
          {dialog === 'profile' && (
            <ProfileDialog
              profile={profile}
              onSave={(changed) => {
                onProfileChange(changed)
                setDialog(undefined)
              }}
              onClose={() => setDialog(undefined)}
            />
          )}
        </div>
      </ReactFlowProvider>
    </FollowContext.Provider>
  )
}
