/** UTF-16 facts that text-cutting code needs, so that no cut splits a character in two. */

/** Whether a UTF-16 code unit opens a surrogate pair. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** Whether a UTF-16 code unit closes a surrogate pair. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
