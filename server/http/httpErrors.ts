/** Every HTTP error is JSON `{ error: { code, message } }` with the right status; never a stack trace. */
import type { ErrorRequestHandler, RequestHandler } from 'express'
import { z } from '../../shared/zod.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { Logger } from '../log.ts'
import { STORAGE_FULL_RETRY_AFTER_SECONDS, storageFailure } from '../storage/storageErrors.ts'

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  URL_REFUSED: 400,
  MALFORMED_MESSAGE: 400,
  UPDATE_REFUSED: 400,
  UNAUTHORIZED: 401,
  TOKEN_REVOKED: 401,
  FORBIDDEN: 403,
  PHASE_LOCKED: 409,
  PRESENCE_REFUSED: 403,
  NOT_FOUND: 404,
  PROTOCOL_MISMATCH: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_TYPE: 415,
  NOT_AN_ARTICLE: 422,
  LIMIT_REACHED: 429,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  FETCH_FAILED: 502,
  BOARD_UNAVAILABLE: 503,
  STORAGE_FULL: 503,
  FETCH_TIMEOUT: 504,
}

/** When to try again, for the errors that pass by themselves or by someone's hand. */
const RETRY_AFTER_BY_CODE: Partial<Record<ErrorCode, number>> = {
  STORAGE_FULL: STORAGE_FULL_RETRY_AFTER_SECONDS,
}

/** The status, body and extra headers for any error thrown by a route. */
export function toHttpError(error: unknown): {
  status: number
  body: { error: { code: ErrorCode; message: string } }
  headers?: Record<string, string>
} {
  const known = error instanceof BoardError ? error : storageFailure(error)
  if (known) {
    const retryAfter = RETRY_AFTER_BY_CODE[known.code]
    return {
      status: STATUS_BY_CODE[known.code],
      body: { error: known.toPayload() },
      ...(retryAfter !== undefined ? { headers: { 'Retry-After': String(retryAfter) } } : {}),
    }
  }
  if (error instanceof z.ZodError) {
    const message = error.issues
      .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
      .join('; ')
    return { status: 400, body: { error: { code: ErrorCode.BadRequest, message } } }
  }
  // body-parser's errors carry a status and `expose`; their messages are replaced by ours.
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown }
  if (status === 413)
    return {
      status,
      body: { error: { code: ErrorCode.TooLarge, message: 'The request body is too large.' } },
    }
  if (type === 'entity.parse.failed')
    return {
      status: 400,
      body: { error: { code: ErrorCode.BadRequest, message: 'The request body is not valid JSON.' } },
    }
  if (typeof status === 'number' && status >= 400 && status < 500)
    return {
      status,
      body: { error: { code: ErrorCode.BadRequest, message: 'The request could not be read.' } },
    }
  return {
    status: 500,
    body: { error: { code: ErrorCode.Internal, message: 'Something went wrong on the server.' } },
  }
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const { status, body, headers } = toHttpError(error)
    if (status >= 500) logger.error({ err: error, method: req.method, path: req.path }, 'request failed')
    if (headers) res.set(headers)
    res.status(status).json(body)
  }
}

export const apiNotFound: RequestHandler = (req, res) => {
  res
    .status(404)
    .json({ error: { code: ErrorCode.NotFound, message: `No API route ${req.method} ${req.path}.` } })
}
