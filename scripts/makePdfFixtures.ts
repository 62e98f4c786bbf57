/**
 * Writes the PDF fixtures of the import tests (tests/fixtures/sources/) (run again only to change them):
 *   npx tsx scripts/makePdfFixtures.ts
 * The Chinese text needs Noto Sans CJK (Debian: `apt-get install fonts-noto-cjk`); pdfkit embeds only the
 * glyphs used, with a ToUnicode map, as word processors do. `pdftotext` (poppler-utils) reads them back.
 */
import fs from 'node:fs'
import PDFDocument from 'pdfkit'

const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
const here = new URL('../tests/fixtures/sources/', import.meta.url)

function write(name: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<void> {
  const doc = new PDFDocument({
    size: 'A5',
    margin: 40,
    info: { Title: '', CreationDate: new Date(0) },
  })
  const done = new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(new URL(name, here))
    out.on('finish', resolve).on('error', reject)
    doc.pipe(out)
  })
  draw(doc)
  doc.end()
  return done
}

if (!fs.existsSync(CJK_FONT)) throw new Error(`missing ${CJK_FONT}: apt-get install fonts-noto-cjk`)

await write('article.pdf', (doc) => {
  doc.info.Title = 'AI 热潮：数据与争论'
  doc.font(CJK_FONT, 'NotoSansCJKsc-Regular')
  doc.fontSize(16).text('算力需求仍在增长')
  doc.moveDown(0.5)
  doc
    .fontSize(11)
    .text(
      'OpenAI 的融资与亏损：投资者押注数据中心的需求会持续增长，但亏损也在扩大。这段文字足够长，会在页面上换行。',
    )
  doc.moveDown()
  doc.text('Investors keep pouring money into data centres, betting that the demand will last for years.')
  // Page 2 stays blank: page numbers must still be those of the file.
  doc.addPage()
  doc.addPage()
  doc.text('第三页：批评者认为这种增长不可持续。')
})

await write('scan.pdf', (doc) => {
  // Only a picture-like drawing, no text: what a scanner without OCR produces.
  doc.rect(40, 40, 200, 120).fill('#888888')
})
