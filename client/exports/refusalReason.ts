/** Why an export or an import failed, in the UI's words and then the server's own. */
import type { TFunction } from 'i18next'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { describeError } from '../ui/errorMessage.ts'

/** The code's sentence in the UI's words, then the server's own (it names the field or the rule). */
export function refusalReason(t: TFunction, error: unknown, hadToken = true): string {
  const sentence = describeError(t, error, hadToken)
  const server = serverSentenceOf(error)
  return server ? `${sentence} (${server})` : sentence
}

/** What the server said, when it said more than a status or "cannot reach". */
function serverSentenceOf(error: unknown): string | undefined {
  if (!(error instanceof BoardError) || error.code === ErrorCode.BoardUnavailable) return undefined
  return /^HTTP \d+$/.test(error.message) ? undefined : error.message
}
