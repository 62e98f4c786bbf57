import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_BOARD_ID, createCard } from '../../../shared/board/index.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import type { BoardExport } from '../../../shared/exports/boardExport.ts'
import { PDF_PACKAGES, ensureDebianPackages } from '../../e2e/systemPackages.ts'
import { currentScope } from '../../helpers/cleanup.ts'
import {
  createBoardViaApi,
  createTestBoard,
  makeDataDir,
  startTestServer,
  type TestServer,
} from '../../helpers/testServer.ts'
import { connectClient } from '../../helpers/clients.ts'

let server: TestServer
const log = (message: string) => process.stdout.write(`[pdf setup] ${message}\n`)

/** The text `pdftotext` reads from a PDF, without the spaces and line breaks its layout adds. */
function pdfText(pdf: Buffer): string {
  const file = path.join(makeDataDir(), 'brief.pdf')
  fs.writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

describe('the PDF brief', () => {
  beforeAll(async () => {
    // As the browser tests' set-up does: Debian's poppler-utils and fonts-noto-cjk, installed if missing.
    ensureDebianPackages(PDF_PACKAGES, log)
    server = await startTestServer({}, currentScope())
  }, 600_000)

  it('[EX9] pdftotext gives back every Chinese quote and the title of the demo board', async () => {
    const response = await fetch(`${server.url}/api/boards/${DEMO_BOARD_ID}/export.pdf`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = Buffer.from(await response.arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = pdfText(pdf)
    expect(text).toContain('IstheAIboomsustainable?')
    const file = (await (
      await fetch(`${server.url}/api/boards/${DEMO_BOARD_ID}/export.json`)
    ).json()) as BoardExport
    const quotes = file.cards.flatMap((card) => card.excerpt?.quote ?? [])
    expect(quotes.some((quote) => /\p{Script=Han}/u.test(quote))).toBe(true)
    for (const quote of quotes) expect(text).toContain(quote.replace(/\s+/g, ''))
  })

  it('[EX9] the font is embedded as a subset, not whole', async () => {
    const pdf = Buffer.from(
      await (await fetch(`${server.url}/api/boards/${DEMO_BOARD_ID}/export.pdf`)).arrayBuffer(),
    )
    // A subset font's name carries a six-letter tag (PDF 32000 § 9.6.4); the whole collection is ~20 MB.
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJK/)
    expect(pdf.length).toBeLessThan(1_000_000)
  })

  it('[EX12][EX13] the PDF brief shows the decision in Chinese, its cited card, and the falsifier with its review date', async () => {
    const board = await createBoardViaApi(server, { title: 'Memo', format: 'committee' })
    await server.registry.withRoom(board.id, (room) =>
      room.change('board', (doc) => {
        const fields = { x: 0, y: 0, authorId: 'a-x', authorName: '' }
        createCard(doc, { ...fields, stance: 'bull', text: '利润率稳定' }, { id: 'margin' })
        createCard(
          doc,
          { ...fields, stance: 'bear', kind: 'falsifier', reviewDate: '2027-01-31', text: '流失率超过五成' },
          { id: 'kill' },
        )
      }),
    )
    const moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
    await moderator.provider.facilitate({
      type: 'decide',
      outcome: 'invest',
      rationale: '证据充分',
      cardIds: ['margin'],
    })
    const response = await fetch(`${server.url}/api/boards/${board.id}/export.pdf?lang=zh-Hans`, {
      headers: { authorization: `Bearer ${board.tokens.view}` },
    })
    const text = pdfText(Buffer.from(await response.arrayBuffer()))
    for (const part of [
      '决定',
      '投资',
      '理由:证据充分',
      '[1]利润率稳定',
      '什么会改变我们的看法',
      '流失率超过五成(复查日期2027-01-31)',
    ])
      expect(text).toContain(part)
  })

  it('[EX9] the PDF export refuses a missing token like the others', async () => {
    const { id } = await createTestBoard(server)
    const response = await fetch(`${server.url}/api/boards/${id}/export.pdf`)
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: { code: ErrorCode.Unauthorized } })
  })
})
