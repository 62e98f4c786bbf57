/** Stable error codes that both ends understand; every error a user sees carries one. */
export const ErrorCode = {
  BadRequest: 'BAD_REQUEST',
  NotFound: 'NOT_FOUND',
  ProtocolMismatch: 'PROTOCOL_MISMATCH',
  Unauthorized: 'UNAUTHORIZED',
  Forbidden: 'FORBIDDEN',
  /** Allowed to the role, but not in the debate's current phase (or the board is locked). */
  PhaseLocked: 'PHASE_LOCKED',
  /** An awareness update spoke for a client id another socket owns; not a refused edit. */
  PresenceRefused: 'PRESENCE_REFUSED',
  MalformedMessage: 'MALFORMED_MESSAGE',
  UpdateRefused: 'UPDATE_REFUSED',
  TooLarge: 'TOO_LARGE',
  RateLimited: 'RATE_LIMITED',
  LimitReached: 'LIMIT_REACHED',
  BoardUnavailable: 'BOARD_UNAVAILABLE',
  /** The server's storage has no space left: nothing new can be saved until someone frees some. */
  StorageFull: 'STORAGE_FULL',
  TokenRevoked: 'TOKEN_REVOKED',
  /** An import of a kind of file or page the server cannot read. */
  UnsupportedType: 'UNSUPPORTED_TYPE',
  /** An import that holds no readable article: empty, binary, or a scan without text. */
  NotAnArticle: 'NOT_AN_ARTICLE',
  /** A URL the server will not fetch: not http(s), or an address inside a private network. */
  UrlRefused: 'URL_REFUSED',
  /** A web page could not be fetched: unreachable, or it answered with an error. */
  FetchFailed: 'FETCH_FAILED',
  /** A web page took too long to arrive. */
  FetchTimeout: 'FETCH_TIMEOUT',
  Internal: 'INTERNAL',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** The JSON shape of an error on the wire, over HTTP and socket.io alike. */
export interface ErrorPayload {
  code: ErrorCode
  message: string
}

/** An error with a stable code and a message a user can act on. */
export class BoardError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string) {
    super(message)
    this.name = 'BoardError'
    this.code = code
  }

  /** The wire form of this error. */
  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message }
  }
}

/** `error` itself when it is a BoardError; otherwise an INTERNAL error saying `fallbackMessage`. */
export function asBoardError(error: unknown, fallbackMessage: string): BoardError {
  return error instanceof BoardError ? error : new BoardError(ErrorCode.Internal, fallbackMessage)
}

/** Whether a value has the wire shape of an error payload. */
export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false
  const { code, message } = value as Record<string, unknown>
  return (
    typeof message === 'string' && typeof code === 'string' && Object.values<string>(ErrorCode).includes(code)
  )
}
