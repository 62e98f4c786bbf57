/** An error of the groups API in words: the UI's sentence for its code, then the server's own sentence. */
import type { TFunction } from 'i18next'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { describeError } from '../ui/errorMessage.ts'

/**
 * The server's sentence says what the code alone cannot (how many more groups fit, that a copy cannot
 * be split again); an unreachable server's message is the browser's, which helps nobody, so it is left out.
 */
export function groupsErrorText(t: TFunction, error: unknown): string {
  const sentence = describeError(t, error)
  if (!(error instanceof BoardError) || error.code === ErrorCode.BoardUnavailable) return sentence
  return error.message && error.message !== sentence ? `${sentence} ${error.message}` : sentence
}
