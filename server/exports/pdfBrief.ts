/**
 * The debate brief as a PDF (`GET /api/boards/:id/export.pdf`): the Markdown brief's content laid out
 * with Noto Sans CJK, which pdfkit embeds as a subset (only the glyphs used) with a ToUnicode map, so
 * that Chinese shows on any reader and text extraction (`pdftotext`) gives the quotes back.
 */
import fs from 'node:fs'
import PDFDocument from 'pdfkit'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import {
  BRIEF_STRINGS,
  pagesAfterTitle,
  scoreText,
  type BriefLanguage,
  type BriefStrings,
} from './briefStrings.ts'
import type { BriefItem, BriefOutline } from './briefOutline.ts'
import { briefSections, type BriefSection } from './briefSections.ts'

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
  const sections = briefSections(outline, words)
  for (const section of sections.before) drawSection(doc, section, faces)
  for (const side of outline.sides) {
    drawHeading(doc, words.side[side.stance], faces)
    if (side.items.length === 0) faces.face().fontSize(11).text(words.noCards)
    side.items.forEach((item, index) => drawItem(doc, item, `${index + 1}.`, 0, words, faces))
  }
  for (const section of sections.after) drawSection(doc, section, faces)
}

function drawHeading(doc: PDFKit.PDFDocument, heading: string, faces: Faces): void {
  doc.moveDown()
  faces.face().fontSize(16).fillColor('black').text(heading, doc.page.margins.left)
  doc.moveDown(0.3)
}

/** A section's lines: paragraphs, list items indented, quotes grey in their article's face. */
function drawSection(doc: PDFKit.PDFDocument, section: BriefSection, faces: Faces): void {
  drawHeading(doc, section.heading, faces)
  for (const line of section.lines) {
    const x = doc.page.margins.left + line.depth * 12
    const options = { width: doc.page.width - doc.page.margins.right - x, continued: !!line.link }
    if (line.depth < 2) doc.moveDown(0.3)
    const face = line.quote || line.depth === 2 ? faces.quoteFace(line.language) : faces.face()
    face
      .fontSize(line.depth === 2 ? 9 : 11)
      .fillColor(line.depth === 2 ? GREY : 'black')
      .text(line.depth === 1 ? `${line.marker ?? '• '}${line.text}` : line.text, x, doc.y, options)
    if (line.link)
      faces
        .face()
        .fillColor(LINK_BLUE)
        .text(` — ${line.link.label}`, { link: line.link.url, underline: true })
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
  if (item.score)
    faces
      .face()
      .fontSize(9)
      .fillColor(GREY)
      .text(scoreText(item.score, words), x + 12, doc.y, at(12))
  const quote = item.card.excerpt?.quote
  if (quote)
    faces
      .quoteFace(item.sourceLanguage)
      .fontSize(10)
      .fillColor(GREY)
      .text(quote, x + 12, doc.y, at(12))
  if (item.sourceTitle) {
    faces.quoteFace(item.sourceLanguage).fontSize(9).fillColor(GREY)
    doc.text(`${words.source}: ${item.sourceTitle}${pagesAfterTitle(item, words)}`, x + 12, doc.y, {
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
