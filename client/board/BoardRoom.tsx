/** An open board: waits for the first sync, shows fatal connection errors, then the workspace. */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorCode } from '../../shared/errors.ts'
import { ProviderStatus } from '../../shared/sync/BoardProvider.ts'
import type { BoardSummary } from '../http/boardsApi.ts'
import type { Profile } from '../join/identity.ts'
import { useBoardSession, useConnection } from '../sync/useBoardSession.ts'
import type { BoardSession } from '../sync/BoardSession.ts'
import { describeError } from '../ui/errorMessage.ts'
import { useToast } from '../ui/ToastProvider.tsx'
import { BoardMessage } from './BoardMessage.tsx'
import { BoardLayout } from './BoardLayout.tsx'

interface BoardRoomProps {
  board: BoardSummary
  token: string | undefined
  profile: Profile
}

export function BoardRoom({ board, token, profile }: BoardRoomProps) {
  const session = useBoardSession(board.id, token, profile)
  const { t } = useTranslation()
  if (!session) return <BoardMessage title={t('board.loadingTitle')} busy />
  return <SyncedBoard session={session} board={board} profile={profile} hadToken={Boolean(token)} />
}

interface SyncedBoardProps {
  session: BoardSession
  board: BoardSummary
  profile: Profile
  hadToken: boolean
}

function SyncedBoard({ session, board, profile, hadToken }: SyncedBoardProps) {
  const { t } = useTranslation()
  const connection = useConnection(session)
  useBoardErrorToasts(session)
  if (connection.status === ProviderStatus.Error) {
    return (
      <BoardMessage
        title={t('errors.titleBoard')}
        message={describeError(t, connection.error, hadToken)}
        onRetry={() => session.retry()}
      />
    )
  }
  if (!connection.hasSynced) {
    const unreachable = connection.error?.code === ErrorCode.BoardUnavailable
    return (
      <BoardMessage
        title={t('board.loadingTitle')}
        message={unreachable ? t('board.waitingForServer') : undefined}
        busy
      />
    )
  }
  return <BoardLayout session={session} connection={connection} board={board} profile={profile} />
}

/** Shows each edit the server refused as a toast. */
function useBoardErrorToasts(session: BoardSession) {
  const { t } = useTranslation()
  const showToast = useToast()
  useEffect(() => {
    const onBoardError = (error: unknown) => showToast(describeError(t, error))
    session.provider.on('board-error', onBoardError)
    return () => session.provider.off('board-error', onBoardError)
  }, [session, showToast, t])
}
