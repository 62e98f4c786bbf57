/** Resetting one board link from the share dialog: ask first, call the server, report the outcome. */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { ErrorCode } from '../../shared/errors.ts'
import { rotateBoardLink, type ResettableRole } from '../http/boardsApi.ts'
import { describeError, errorCodeOf } from '../ui/errorMessage.ts'

export type ResetState =
  | { step: 'idle' }
  | { step: 'confirming' }
  | { step: 'busy' }
  | { step: 'done' }
  | { step: 'error'; message: string }

/** What went wrong with a reset, in words that say what to do; the server's refusals get their own. */
export function describeResetError(t: TFunction, error: unknown): string {
  const code = errorCodeOf(error)
  if (code === ErrorCode.Forbidden || code === ErrorCode.Unauthorized) return t('share.resetForbidden')
  return t('share.resetFailed', { reason: describeError(t, error) })
}

interface LinkResetOptions {
  boardId: string
  role: ResettableRole
  moderatorToken: string | undefined
  onReset(link: string): void
}

/** The state of one link's reset and the steps that move it on. */
export function useLinkReset({ boardId, role, moderatorToken, onReset }: LinkResetOptions) {
  const { t } = useTranslation()
  const [state, setState] = useState<ResetState>({ step: 'idle' })
  const confirm = async () => {
    setState({ step: 'busy' })
    try {
      onReset(await rotateBoardLink(boardId, role, moderatorToken))
      setState({ step: 'done' })
    } catch (error) {
      setState({ step: 'error', message: describeResetError(t, error) })
    }
  }
  return {
    state,
    ask: () => setState({ step: 'confirming' }),
    cancel: () => setState({ step: 'idle' }),
    confirm: () => void confirm(),
  }
}
