/**
 * Turns the text runs pdf.js finds on each page into paragraphs. A PDF knows only positioned lines, so
 * lines are joined into one paragraph unless the gap above a line is clearly taller than a line, or
 * the font size changes (a heading): then a new paragraph starts on a line of its own.
 */
import type { PageSpan } from '../../../shared/sources/importedArticle.ts'
import { lineJoiner } from './wideCharacters.ts'

/** A run of text as pdf.js reports it: its string, baseline y, font height, and a line end after it. */
export interface PdfTextRun {
  str: string
  y: number
  height: number
  hasEOL: boolean
}

interface PdfLine {
  text: string
  y: number
  height: number
}

// Body text is set at about 1.2–1.5 times its size; a gap past 1.7 lines is a paragraph break.
const PARAGRAPH_GAP = 1.7
const SAME_SIZE = 0.15

/** The lines of one page, whitespace collapsed, empty lines dropped. */
export function linesOfRuns(runs: readonly PdfTextRun[]): PdfLine[] {
  const lines: PdfLine[] = []
  let current: PdfLine | undefined
  for (const run of runs) {
    // A run set half a line away from the current one starts a line, marked or not.
    const elsewhere = current !== undefined && Math.abs(current.y - run.y) > run.height * 0.5
    if (elsewhere && run.str.trim().length > 0) current = endLine(lines, current)
    if (run.str.length > 0) {
      current ??= { text: '', y: run.y, height: run.height }
      current.text += run.str
      current.height = Math.max(current.height, run.height)
    }
    if (run.hasEOL) current = endLine(lines, current)
  }
  endLine(lines, current)
  return lines
}

function endLine(lines: PdfLine[], line: PdfLine | undefined): undefined {
  const text = line?.text.replace(/\s+/gu, ' ').trim()
  if (line && text) lines.push({ ...line, text })
  return undefined
}

/** The paragraphs of one page's lines. */
export function paragraphsOfLines(lines: readonly PdfLine[]): string[] {
  const paragraphs: string[] = []
  let previous: PdfLine | undefined
  for (const line of lines) {
    if (previous && !startsParagraph(previous, line)) {
      const last = paragraphs.length - 1
      paragraphs[last] = paragraphs[last] + lineJoiner(paragraphs[last]!, line.text) + line.text
    } else paragraphs.push(line.text)
    previous = line
  }
  return paragraphs
}

function startsParagraph(previous: PdfLine, line: PdfLine) {
  const size = Math.max(previous.height, line.height)
  if (Math.abs(previous.height - line.height) > size * SAME_SIZE) return true
  const drop = previous.y - line.y
  // Upwards (a new column) or a tall gap both start afresh.
  return drop <= 0 || drop > size * PARAGRAPH_GAP
}

/** The pages' paragraphs as one text, paragraphs on lines of their own, with each page's span. */
export function joinPages(pages: readonly string[][]): { text: string; pages: PageSpan[] } {
  const parts: string[] = []
  const spans: PageSpan[] = []
  let length = 0
  pages.forEach((paragraphs, index) => {
    const pageText = paragraphs.join('\n')
    // A page with no text still gets its (empty) span so that page numbers stay those of the file.
    const separator = length > 0 && pageText.length > 0 ? '\n' : ''
    parts.push(separator, pageText)
    length += separator.length
    spans.push({ page: index + 1, start: length, end: length + pageText.length })
    length += pageText.length
  })
  return { text: parts.join(''), pages: spans }
}
