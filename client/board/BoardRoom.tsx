/** An open board: waits for the first sync, shows fatal connection errors, then the workspace. */
import { useEffect, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Role } from '../../shared/access.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { ProviderStatus } from '../../shared/sync/BoardProvider.ts'
import type { BoardSummary } from '../http/boardsApi.ts'
import type { Profile } from '../join/identity.ts'
import { useBoardSession, useConnection } from '../sync/useBoardSession.ts'
import type { BoardSession } from '../sync/BoardSession.ts'
import { describeError, errorCodeOf } from '../ui/errorMessage.ts'
import { useToast } from '../ui/ToastProvider.tsx'
import { describeRefusal } from '../drafting/refusalText.ts'
import { BoardMessage } from './BoardMessage.tsx'
import { RetryCountdown } from './RetryCountdown.tsx'
import { BoardLayout } from './BoardLayout.tsx'

interface BoardRoomProps {
  board: BoardSummary
  token: string | undefined
  profile: Profile
  /** Saves a changed name or colour; the new profile comes back as `profile`. */
  onProfileChange(profile: Profile): void
}

export function BoardRoom({ board, token, profile, onProfileChange }: BoardRoomProps) {
  // A projector is nobody on the board: no avatar, no cursor.
  const user = useMemo(
    () => (board.role === Role.Projector ? undefined : { ...profile, role: board.role }),
    [profile, board.role],
  )
  const session = useBoardSession(board.id, token, user)
  const { t } = useTranslation()
  if (!session) return <BoardMessage title={t('board.loadingTitle')} busy />
  return (
    <SyncedBoard
      session={session}
      board={board}
      profile={profile}
      token={token}
      onProfileChange={onProfileChange}
    />
  )
}

interface SyncedBoardProps {
  session: BoardSession
  board: BoardSummary
  profile: Profile
  token: string | undefined
  onProfileChange(profile: Profile): void
}

function SyncedBoard({ session, board, profile, token, onProfileChange }: SyncedBoardProps) {
  const { t } = useTranslation()
  const connection = useConnection(session)
  useBoardErrorToasts(session)
  if (connection.status === ProviderStatus.Error) {
    if (errorCodeOf(connection.error) === ErrorCode.TokenRevoked) {
      // Retrying cannot help: the old token is refused from now on, only a new link opens the board.
      return (
        <BoardMessage
          title={t('revoked.title')}
          message={t('revoked.message')}
          code={ErrorCode.TokenRevoked}
        />
      )
    }
    return (
      <BoardMessage
        title={t('errors.titleBoard')}
        message={describeError(t, connection.error, Boolean(token))}
        code={errorCodeOf(connection.error)}
        onRetry={() => session.retry()}
      />
    )
  }
  if (!connection.hasSynced) {
    const { error } = connection
    const unreachable = error?.code === ErrorCode.BoardUnavailable
    return (
      <BoardMessage
        title={t('board.loadingTitle')}
        message={unreachable ? t('board.waitingForServer') : error && describeError(t, error)}
        busy
      >
        {connection.retryAt !== undefined && (
          <RetryCountdown retryAt={connection.retryAt} onRetryNow={() => session.retry()} />
        )}
      </BoardMessage>
    )
  }
  return (
    <BoardLayout
      session={session}
      connection={connection}
      board={board}
      profile={profile}
      token={token}
      onProfileChange={onProfileChange}
    />
  )
}

/** Errors the whole page shows instead of the board; a toast on top would only repeat them. */
const FULL_PAGE_CODES: ReadonlySet<ErrorCode | undefined> = new Set([
  ErrorCode.TokenRevoked,
  ErrorCode.Unauthorized,
])

/** Shows each edit the server refused as a toast. */
function useBoardErrorToasts(session: BoardSession) {
  const { t } = useTranslation()
  const { t: tDrafting } = useTranslation('drafting')
  const showToast = useToast()
  useEffect(() => {
    const onBoardError = (error: unknown) => {
      const code = errorCodeOf(error)
      // A refused presence heals itself at the next renewal; it is no news to the person.
      if (code === ErrorCode.PresenceRefused || FULL_PAGE_CODES.has(code)) return
      // A phase's refusal says which rule, in the UI's words, rather than only its code.
      showToast(describeRefusal(tDrafting, error) ?? describeError(t, error))
    }
    session.provider.on('board-error', onBoardError)
    return () => session.provider.off('board-error', onBoardError)
  }, [session, showToast, t, tDrafting])
}
