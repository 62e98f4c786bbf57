/**
 * The debate brief as a PDF (`GET /api/boards/:id/export.pdf`): the Markdown brief's content laid out
 * with Noto Sans CJK, which pdfkit embeds as a subset (only the glyphs used) with a ToUnicode map, so
 * that Chinese shows on any reader and text extraction (`pdftotext`) gives the quotes back.
 */
import fs from 'node:fs'
import PDFDocument from 'pdfkit'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { BRIEF_STRINGS, type BriefLanguage, type BriefStrings } from './briefStrings.ts'
import type { BriefItem, BriefOutline } from './briefOutline.ts'

/** Where Debian's fonts-noto-cjk puts the font collection. */
export const CJK_FONT_PATH = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'

/** The face of the collection that draws a language's characters the way its readers expect. */
export function cjkFaceFor(language: string): string {
  if (/^zh-(Hant|TW|HK|MO)/i.test(language)) return 'NotoSansCJKtc-Regular'
  if (/^ja/i.test(language)) return 'NotoSansCJKjp-Regular'
  if (/^ko/i.test(language)) return 'NotoSansCJKkr-Regular'
  return 'NotoSansCJKsc-Regular'
}

let cjkFontBytes: Buffer | undefined

/** The font collection's bytes, read once: it is 20 MB, too much to read for every PDF. */
function cjkFont(): Buffer {
  if (cjkFontBytes) return cjkFontBytes
  if (!fs.existsSync(CJK_FONT_PATH))
    throw new BoardError(
      ErrorCode.Internal,
      'The PDF export needs the Noto CJK fonts on the server (Debian: apt-get install fonts-noto-cjk).',
    )
  cjkFontBytes = fs.readFileSync(CJK_FONT_PATH)
  return cjkFontBytes
}

const NEST_INDENT = 18
const GREY = '#555555'
const LINK_BLUE = '#1a56b0'

/** The PDF of a brief, its headings and labels in `lang`, each quote in its article's language's face. */
export async function pdfBrief(outline: BriefOutline, lang: BriefLanguage): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: outline.title } })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const font = cjkFont()
  const face = (language: string) => doc.font(font, cjkFaceFor(language))
  drawBrief(doc, outline, BRIEF_STRINGS[lang], {
    face: () => face(lang),
    quoteFace: (language) => face(language ?? lang),
  })
  doc.end()
  return done
}

interface Faces {
  face: () => PDFKit.PDFDocument
  quoteFace: (language: string | undefined) => PDFKit.PDFDocument
}

function drawBrief(doc: PDFKit.PDFDocument, outline: BriefOutline, words: BriefStrings, faces: Faces): void {
  faces.face().fontSize(20).fillColor('black').text(outline.title)
  doc.moveDown(0.5)
  if (outline.motion) faces.face().fontSize(12).text(`${words.motion}: ${outline.motion}`)
  if (outline.decision) faces.face().fontSize(12).text(`${words.decision}: ${outline.decision}`)
  for (const side of outline.sides) {
    doc.moveDown()
    faces.face().fontSize(16).fillColor('black').text(words.side[side.stance], doc.page.margins.left)
    doc.moveDown(0.3)
    if (side.items.length === 0) faces.face().fontSize(11).text(words.noCards)
    side.items.forEach((item, index) => drawItem(doc, item, `${index + 1}.`, 0, words, faces))
  }
}

/** A card at nesting `depth`: its text, quote, source (linked at the passage) and its answers. */
function drawItem(
  doc: PDFKit.PDFDocument,
  item: BriefItem,
  marker: string,
  depth: number,
  words: BriefStrings,
  faces: Faces,
): void {
  const x = doc.page.margins.left + depth * NEST_INDENT
  const width = doc.page.width - doc.page.margins.right - x
  const at = (indent: number) => ({ width: width - indent })
  doc.moveDown(0.4)
  faces.face().fontSize(11).fillColor('black')
  doc.text(`${marker} ${item.card.text.trim() || words.untitledCard}`, x, doc.y, at(0))
  const quote = item.card.excerpt?.quote
  if (quote)
    faces
      .quoteFace(item.sourceLanguage)
      .fontSize(10)
      .fillColor(GREY)
      .text(quote, x + 12, doc.y, at(12))
  if (item.sourceTitle) {
    faces.quoteFace(item.sourceLanguage).fontSize(9).fillColor(GREY)
    doc.text(`${words.source}: ${item.sourceTitle}`, x + 12, doc.y, {
      ...at(12),
      continued: !!item.passageUrl,
    })
    if (item.passageUrl)
      faces
        .face()
        .fillColor(LINK_BLUE)
        .text(` — ${words.openAtPassage}`, { link: item.passageUrl, underline: true })
  }
  for (const [label, answers] of [
    [words.rebuttals, item.rebuttals],
    [words.supports, item.supports],
  ] as const) {
    if (answers.length === 0) continue
    faces
      .face()
      .fontSize(10)
      .fillColor('black')
      .text(`${label}:`, x + 12, doc.y, at(12))
    for (const answer of answers) drawItem(doc, answer, '•', depth + 1, words, faces)
  }
}
