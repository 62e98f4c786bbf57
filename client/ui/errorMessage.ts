/** Turns any error into the translated sentence a user sees. */
import type { TFunction } from 'i18next'
import { BoardError, ErrorCode } from '../../shared/errors.ts'

const KNOWN: ReadonlySet<string> = new Set(Object.values(ErrorCode))

/** The error's code when it has a known one, else undefined. */
export function errorCodeOf(error: unknown): ErrorCode | undefined {
  return error instanceof BoardError && KNOWN.has(error.code) ? error.code : undefined
}

/**
 * A translated, user-facing message for `error`. Refused without any token, the link was simply
 * copied without its access key, which "not valid any more" would misdescribe.
 */
export function describeError(t: TFunction, error: unknown, hadToken = true): string {
  const code = errorCodeOf(error)
  if (code === ErrorCode.Unauthorized && !hadToken) return t('errors.needsToken')
  return code ? t(`errors.${code}`) : t('errors.unknown')
}
