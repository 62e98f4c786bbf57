/** A plain-text file: UTF-8 only (a byte-order mark is dropped), line endings made `\n`, binary refused. */
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import type { ParsedArticle } from './parsedArticle.ts'

// Text has tabs, newlines and form feeds; other control characters in any number mean a binary file.
const MAX_CONTROL_SHARE = 0.001

/** The text of a UTF-8 file with `\n` line endings; throws NOT_AN_ARTICLE for binary or other encodings. */
export function decodeUtf8Text(bytes: Uint8Array): string {
  let text: string
  try {
    // `ignoreBOM: false` (the default) drops a leading byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new BoardError(
      ErrorCode.NotAnArticle,
      'This file is not UTF-8 text. Save it as UTF-8 (or as a .pdf or .html file) and import it again.',
    )
  }
  if (text.includes('\u0000') || countControls(text) > text.length * MAX_CONTROL_SHARE)
    throw new BoardError(ErrorCode.NotAnArticle, 'This file holds binary data, not text.')
  return text.replace(/\r\n?/g, '\n')
}

/** A `.txt` file: its text as is, apart from the encoding's byte-order mark and line endings. */
export function parseText(bytes: Uint8Array): ParsedArticle {
  return { title: undefined, text: decodeUtf8Text(bytes) }
}

function countControls(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x20 ? code < 0x09 || code > 0x0d : code === 0x7f) count++
  }
  return count
}
