/** How large an article is on the wire, and the most the server accepts in one update. */
import { isHighSurrogate, isLowSurrogate } from '../../shared/board/text.ts'

/**
 * The server's default MAX_UPDATE_BYTES (2 MiB, server/limits/limitsConfig.ts): an update larger than this is
 * refused with TOO_LARGE, and the whole article travels in the one update that adds it.
 */
export const SERVER_MAX_UPDATE_BYTES = 2 * 1024 * 1024

// Room in that update for the title, URL, language, hash and Yjs framing around the text.
const UPDATE_OVERHEAD_BYTES = 16 * 1024

/** The largest article text, in UTF-8 bytes, that the client lets a person save. */
export const MAX_ARTICLE_BYTES = SERVER_MAX_UPDATE_BYTES - UPDATE_OVERHEAD_BYTES

/**
 * The UTF-8 size of a string, as TextEncoder would encode it, without allocating the bytes.
 * A lone surrogate counts 3, the size of the U+FFFD it becomes.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** Whether a text is too large for the server to accept in one update. */
export function exceedsUpdateCap(text: string, maxBytes = MAX_ARTICLE_BYTES): boolean {
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no counting.
  return text.length * 3 > maxBytes && utf8ByteLength(text) > maxBytes
}
