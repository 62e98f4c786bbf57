/** Reading an article from a .txt or .md file the person chose or dropped. */
import { MAX_ARTICLE_BYTES } from './articleSize.ts'
import { toMiB, type FieldProblem } from './articleDraft.ts'

/** What the file picker offers. */
export const TEXT_FILE_ACCEPT = '.txt,.md,.markdown,text/plain,text/markdown'

const TEXT_FILE_NAME = /\.(txt|md|markdown)$/i
const BYTE_ORDER_MARK_BYTES = 3

/** Why a file cannot be an article before reading it, or undefined when it may be read. */
export function checkTextFile(file: Pick<File, 'name' | 'size' | 'type'>): FieldProblem | undefined {
  const isText = TEXT_FILE_NAME.test(file.name) || file.type === 'text/plain' || file.type === 'text/markdown'
  if (!isText) return { key: 'fileNotText', values: { name: file.name } }
  // Decoded text never takes fewer UTF-8 bytes than the file (less a byte-order mark): no need to read it.
  if (file.size - BYTE_ORDER_MARK_BYTES > MAX_ARTICLE_BYTES)
    return {
      key: 'fileTooLarge',
      values: { name: file.name, size: toMiB(file.size), max: toMiB(MAX_ARTICLE_BYTES) },
    }
  return undefined
}

/**
 * The file's text decoded as UTF-8, as it is: no trimming and no line-break or Unicode normalisation,
 * because excerpt offsets are computed against it. (Decoding drops a leading byte-order mark.)
 */
export function readTextFile(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'))
    reader.readAsText(file, 'UTF-8')
  })
}

/** Whether decoding replaced bytes that are not UTF-8 with U+FFFD. */
export function hasUndecodableBytes(text: string): boolean {
  return text.includes('\uFFFD')
}
