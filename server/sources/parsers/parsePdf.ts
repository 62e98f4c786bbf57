/**
 * A PDF's text through pdf.js (the legacy build, which runs in Node), page by page so that citations
 * can name the page. Fonts are never turned into code (`isEvalSupported: false`, the fix for
 * CVE-2024-4367) and Chinese PDFs that use Adobe's predefined CMaps read through pdf.js' bundled ones.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import { STRUCTURE_LIMITS } from '../../../shared/sources/importedArticle.ts'
import type { ParsedArticle } from './parsedArticle.ts'
import { joinPages, linesOfRuns, paragraphsOfLines, type PdfTextRun } from './pdfLayout.ts'

const pdfjsDir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
const PDF_MAGIC = '%PDF-'

/** The text of a PDF with each page's span; throws NOT_AN_ARTICLE for a broken, locked or scanned file. */
export async function parsePdf(bytes: Uint8Array): Promise<ParsedArticle> {
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes(PDF_MAGIC))
    throw new BoardError(ErrorCode.NotAnArticle, 'This file is not a PDF.')
  const document = await openPdf(bytes)
  try {
    if (document.numPages > STRUCTURE_LIMITS.pages)
      throw new BoardError(
        ErrorCode.TooLarge,
        `PDFs of up to ${STRUCTURE_LIMITS.pages} pages can be imported.`,
      )
    const pages: string[][] = []
    for (let number = 1; number <= document.numPages; number++) pages.push(await readPage(document, number))
    const { text, pages: spans } = joinPages(pages)
    if (text.trim().length === 0)
      throw new BoardError(
        ErrorCode.NotAnArticle,
        'This PDF has no text layer (it may be a scan). Run it through text recognition (OCR) first.',
      )
    return { title: await readTitle(document), text, pages: spans }
  } finally {
    await document.destroy()
  }
}

async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    // Loaded on the first PDF, not at start-up: pdf.js takes seconds to load on a busy machine.
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
    return await getDocument({
      // pdf.js takes ownership of (and detaches) the buffer it is given, so it gets a copy.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      cMapUrl: `${pdfjsDir}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${pdfjsDir}/standard_fonts/`,
      verbosity: 0,
    }).promise
  } catch (error) {
    const locked = (error as { name?: unknown } | null)?.name === 'PasswordException'
    throw new BoardError(
      ErrorCode.NotAnArticle,
      locked ? 'This PDF is protected by a password.' : 'This PDF is damaged and cannot be read.',
    )
  }
}

async function readPage(document: PDFDocumentProxy, number: number): Promise<string[]> {
  const page = await document.getPage(number)
  try {
    const content = await page.getTextContent()
    const runs = content.items.filter(isTextItem).map((item): PdfTextRun => ({
      str: item.str,
      y: Number(item.transform[5]),
      height: item.height,
      hasEOL: item.hasEOL,
    }))
    return paragraphsOfLines(linesOfRuns(runs))
  } finally {
    page.cleanup()
  }
}

function isTextItem(item: TextItem | TextMarkedContent): item is TextItem {
  return 'str' in item
}

async function readTitle(document: PDFDocumentProxy): Promise<string | undefined> {
  const { info } = await document.getMetadata()
  const title = (info as { Title?: unknown } | undefined)?.Title
  return typeof title === 'string' && title.trim() ? title.trim() : undefined
}
