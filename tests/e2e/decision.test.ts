/**
 * The decision in Chromium (DC6): on a committee board a bull member adds a dated falsifier from the
 * canvas toolbar, then the moderator records "Invest" citing a card in the decision dialog, and the
 * member sees the decision with its rationale and the cited card. Screenshots of each step.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createCard, readCards } from '../../shared/board/index.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'
import { connectClient } from '../helpers/clients.ts'

const EVIDENCE = 'Gross margins held at 62% for four quarters'
const RATIONALE = 'The margins hold; the falsifier is checked in January.'

let server: TestServer
let boardId: string
let moderatorToken: string
let bullToken: string
let mo: Page
let member: Page
let phone: Page

beforeAll(async () => {
  server = await startTestServer()
  const board = await createBoardViaApi(server, {
    title: 'Fund the AI tooling team?',
    motion: 'We invest in the AI tooling team.',
    format: 'committee',
    articles: 'none',
  })
  boardId = board.id
  moderatorToken = board.tokens.moderate
  bullToken = board.tokens.bull
  await server.registry.withRoom(boardId, (room) =>
    room.change('board', (doc) => {
      createCard(
        doc,
        { stance: 'bull', text: EVIDENCE, x: 0, y: 0, authorId: 'a-x', authorName: '' },
        { id: 'margins' },
      )
    }),
  )
  const browser = await launchBrowser()
  mo = (await openPage(browser)).page
  member = (await openPage(browser)).page
  await joinBoard(mo, board.links.moderate, 'Chair')
  await joinBoard(member, board.links.bull, 'Ada')
  phone = (
    await openPage(browser, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-TW',
    })
  ).page
  await joinBoard(phone, board.links.view, 'Bo')
})

describe('the decision in the browser', () => {
  it('[DC6] a member adds a dated falsifier; the moderator records a decision citing a card; the member sees it', async () => {
    // Into the bull case, where the bull side makes cards.
    await mo.getByTestId('facilitation-toggle').click()
    await mo.getByTestId('phase-next').click()
    await expect
      .poll(async () => (await member.getByTestId('phase-name').textContent())?.trim())
      .toBe('Bull case')

    await member.getByTestId('add-falsifier').click()
    const falsifier = member.locator('[data-testid="card"][data-kind="falsifier"]')
    await falsifier.getByTestId('card-text').fill('Churn above 5% a month')
    await falsifier.getByTestId('review-date-input').fill('2027-01-31')
    await expect
      .poll(async () => {
        const cards = await server.registry.withRoom(boardId, (room) => readCards(room.document('board')))
        return cards.find((card) => card.kind === 'falsifier')?.reviewDate
      })
      .toBe('2027-01-31')
    await expect.poll(() => mo.locator('[data-testid="falsifier-badge"]').count()).toBe(1)
    await saveScreenshot(member, 'decision-falsifier-member')

    await mo.getByTestId('decision-open').click()
    const dialog = mo.getByTestId('decision-dialog')
    await dialog.getByTestId('decision-outcome-invest').check()
    await dialog.getByTestId('decision-rationale').fill(RATIONALE)
    await dialog.locator('[data-testid="decision-cite"][data-card-id="margins"]').check()
    await saveScreenshot(mo, 'decision-dialog-moderator')
    await dialog.getByTestId('decision-record').click()

    const bar = member.getByTestId('decision-bar')
    await bar.waitFor()
    expect(await bar.getByTestId('decision-outcome').textContent()).toBe('Invest')
    expect(await bar.getByTestId('decision-rationale-shown').textContent()).toBe(RATIONALE)
    expect(await bar.getByTestId('decision-cited').textContent()).toContain(EVIDENCE)
    await saveScreenshot(member, 'decision-banner-member')

    // The audience on a phone, in Traditional Chinese: the decision fits the width.
    const phoneBar = phone.getByTestId('decision-bar')
    await phoneBar.waitFor()
    expect(await phoneBar.getByTestId('decision-outcome').textContent()).toBe('投資')
    const box = (await phoneBar.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    await saveScreenshot(phone, 'decision-banner-phone-zh-Hant')
  })

  it('[VO10][VO11] a member marks "changed my mind" in the discussion; after the conviction reveal the moderator sees names, the member too until the board turns anonymous [VO13]', async () => {
    const chair = await connectClient(server.url, boardId, { token: moderatorToken })
    const other = await connectClient(server.url, boardId, { token: bullToken })
    for (let i = 0; i < 2; i++) await chair.provider.facilitate({ type: 'advance' })
    const margins = member.locator('[data-testid="card"][data-card-id="margins"]')
    await margins.getByTestId('mind-mark').click()
    await expect.poll(() => margins.getByTestId('mind-mark').getAttribute('aria-pressed')).toBe('true')
    await saveScreenshot(member, 'decision-mind-mark-member')

    await chair.provider.facilitate({ type: 'advance' }) // the final vote
    await other.provider.vote({ kind: 'conviction', round: 'final', side: 'for', conviction: 4 })
    await chair.provider.facilitate({ type: 'reveal-votes', vote: 'conviction' })

    // The facilitation panel, still open from the decision, lies over the bar: the chair closes it.
    await mo.getByTestId('facilitation-close').click()
    await mo.getByTestId('conviction-open').click()
    const table = mo.getByTestId('conviction-table')
    await table.waitFor()
    expect(await table.textContent()).toContain('Ada')
    expect(await table.textContent()).toContain(EVIDENCE)
    await saveScreenshot(mo, 'decision-conviction-moderator')

    await member.getByTestId('conviction-open').click()
    const peerTable = member.getByTestId('conviction-table')
    await peerTable.waitFor()
    // [VO13] The board is not anonymous, so the reveal named its members for everyone…
    await expect.poll(() => peerTable.textContent()).toContain('Ada')
    // …until the chair makes it anonymous: peers then see "Member n".
    await chair.provider.facilitate({ type: 'anonymous', anonymous: true })
    await expect.poll(() => peerTable.textContent()).not.toContain('Ada')
    expect(await peerTable.textContent()).toMatch(/Member 1/)
    await saveScreenshot(member, 'decision-conviction-member')
  })
})
