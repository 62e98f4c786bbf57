/**
 * What every call to the API shares: the token as a Bearer header, a network failure as BOARD_UNAVAILABLE,
 * and a refusal as a BoardError carrying the server's own code and message.
 */
import { BoardError, ErrorCode, isErrorPayload } from '../../shared/errors.ts'
import type { z } from '../../shared/zod.ts'

/** The Authorization header of a board token; none without one (the demo board). */
export function bearer(token: string | undefined): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/** `fetch`, with a network failure as BOARD_UNAVAILABLE; an abort stays an abort. */
export async function fetchApi(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init)
  } catch (error) {
    if (init.signal?.aborted) throw error
    throw new BoardError(ErrorCode.BoardUnavailable, `cannot reach the server: ${String(error)}`)
  }
}

/** The server's `{ error: { code, message } }`, or a code from the status when the body is not ours. */
export function errorFromBody(body: unknown, status: number): BoardError {
  const payload = (body as { error?: unknown } | undefined)?.error
  if (isErrorPayload(payload)) return new BoardError(payload.code, payload.message)
  const code = status === 404 ? ErrorCode.NotFound : ErrorCode.BoardUnavailable
  return new BoardError(code, `HTTP ${status}`)
}

/** The BoardError of a refused response, read from its JSON body. */
export async function errorOf(response: Response): Promise<BoardError> {
  const body: unknown = await response.json().catch(() => undefined)
  return errorFromBody(body, response.status)
}

/** Fetches JSON from the API; a refusal becomes a BoardError with the server's code. */
export async function requestJson(path: string, init: RequestInit): Promise<unknown> {
  const response = await fetchApi(path, { ...init, headers: { Accept: 'application/json', ...init.headers } })
  const body: unknown = await response.json().catch(() => undefined)
  if (response.ok) return body
  throw errorFromBody(body, response.status)
}

/** The body checked against `schema`; anything else is an INTERNAL error, never a half-read answer. */
export function parseResponse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new BoardError(ErrorCode.Internal, 'the server sent an unexpected answer')
  return parsed.data
}
