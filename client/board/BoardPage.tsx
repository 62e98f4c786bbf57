/** A board's route: checks the board exists, asks who you are, then opens it. */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Role } from '../../shared/access.ts'
import { PROJECTOR_PROFILE } from '../follow/projector.ts'
import { fetchBoard, type BoardSummary } from '../http/boardsApi.ts'
import { JoinDialog } from '../join/JoinDialog.tsx'
import { loadProfile, saveProfile, type Profile } from '../join/identity.ts'
import { describeError, errorCodeOf } from '../ui/errorMessage.ts'
import { BoardMessage } from './BoardMessage.tsx'
import { BoardRoom } from './BoardRoom.tsx'
import { hasJoinedThisSession, markJoined } from './joinedBoards.ts'

type Summary =
  { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; board: BoardSummary }

interface BoardPageProps {
  boardId: string
  token: string | undefined
}

export function BoardPage({ boardId, token }: BoardPageProps) {
  const { t } = useTranslation()
  const [summary, setSummary] = useState<Summary>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const [profile, setProfile] = useState(() => (hasJoinedThisSession(boardId) ? loadProfile() : undefined))

  useEffect(() => {
    let current = true
    fetchBoard(boardId, token).then(
      (board) => current && setSummary({ state: 'ready', board }),
      (error: unknown) => current && setSummary({ state: 'error', error }),
    )
    return () => {
      current = false
    }
  }, [boardId, token, attempt])

  if (summary.state === 'loading') return <BoardMessage title={t('board.loadingTitle')} busy />
  if (summary.state === 'error') {
    const retry = () => {
      setSummary({ state: 'loading' })
      setAttempt((n) => n + 1)
    }
    return (
      <BoardMessage
        title={t('errors.titleBoard')}
        message={describeError(t, summary.error, Boolean(token))}
        code={errorCodeOf(summary.error)}
        onRetry={retry}
      />
    )
  }
  // Remembered for the next board, and published in awareness by the session as soon as it changes.
  const changeProfile = (changed: Profile) => {
    saveProfile(changed)
    setProfile(changed)
  }
  // A projector link shows the board on a big screen at once: nobody there to ask a name of.
  if (summary.board.role === Role.Projector)
    return (
      <BoardRoom board={summary.board} token={token} profile={PROJECTOR_PROFILE} onProfileChange={() => {}} />
    )
  if (!profile) {
    const join = (joined: Profile) => {
      markJoined(boardId)
      changeProfile(joined)
    }
    return (
      <main className="board-join">
        <JoinDialog boardTitle={summary.board.title} initial={loadProfile()} onJoin={join} />
      </main>
    )
  }
  return <BoardRoom board={summary.board} token={token} profile={profile} onProfileChange={changeProfile} />
}
