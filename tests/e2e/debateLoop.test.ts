/**
 * The loop every user touches, in real Chromium with two people (two browser contexts) on the demo
 * board: excerpt → card, live edits, both-way navigation, links, reloads, a server restart, offline.
 * The steps share one server and one pair of pages and run in order.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { restartTestServer, startTestServer, type TestServer } from '../helpers/testServer.ts'
import {
  cardPosition,
  cardWithQuote,
  dragMouse,
  joinBoard,
  selectInArticle,
  waitForStatus,
} from './pageActions.ts'

const BULL_QUOTE = '我們認為政府不應選擇贏家或輸家'
const BEAR_QUOTE = '未来的模型可能需要高达1000亿美元的训练费用'

let server: TestServer
let a: { context: BrowserContext; page: Page }
let b: { context: BrowserContext; page: Page }
let bullCardId: string

beforeAll(async () => {
  server = await startTestServer()
  const browser = await launchBrowser()
  a = await openPage(browser)
  b = await openPage(browser)
  const boardUrl = `${server.url}/b/${DEMO_BOARD_ID}`
  await joinBoard(a.page, boardUrl, 'Ada')
  await joinBoard(b.page, boardUrl, 'Bo')
})

describe('the debate loop in Chromium', () => {
  it('turns a selected Chinese sentence into a Bull card that the other person sees within 2 s', async () => {
    await selectInArticle(a.page, BULL_QUOTE)
    await a.page.getByTestId('selection-bull').click()
    const seenByB = cardWithQuote(b.page, BULL_QUOTE)
    await seenByB.waitFor({ timeout: 2_000 })
    expect(await seenByB.getAttribute('data-stance')).toBe('bull')
    bullCardId = (await seenByB.getAttribute('data-card-id'))!

    const lane = await b.page.getByTestId('lane-bull').boundingBox()
    const card = await seenByB.boundingBox()
    expect(card!.x).toBeGreaterThanOrEqual(lane!.x)
    expect(card!.x + card!.width).toBeLessThanOrEqual(lane!.x + lane!.width)
    await expect
      .poll(() => a.page.locator(`[data-testid="highlight"][data-card-ids~="${bullCardId}"]`).count())
      .toBe(1)
    await saveScreenshot(a.page, '01-bull-card-from-excerpt')
  })

  it("shows B's text edit and move of the card to A", async () => {
    const textOfB = b.page.locator(`[data-card-id="${bullCardId}"] [data-testid="card-text"]`)
    await textOfB.click()
    await textOfB.pressSequentially('Governments should not pick winners.')
    const textOfA = a.page.locator(`[data-card-id="${bullCardId}"] [data-testid="card-text"]`)
    await expect.poll(() => textOfA.inputValue()).toContain('Governments should not pick winners.')

    // A sees the card travel while B is still holding it, and where B drops it.
    const before = await cardPosition(a.page, bullCardId)
    const header = (await b.page.locator(`[data-card-id="${bullCardId}"] .card-header`).boundingBox())!
    await b.page.mouse.move(header.x + 20, header.y + header.height / 2)
    await b.page.mouse.down()
    await b.page.mouse.move(header.x + 20, header.y + 80, { steps: 8 })
    await expect.poll(async () => (await cardPosition(a.page, bullCardId)).y).toBeGreaterThan(before.y + 30)
    await b.page.mouse.move(header.x + 20, header.y + 140, { steps: 8 })
    await b.page.mouse.up()
    await expect.poll(async () => (await cardPosition(a.page, bullCardId)).y).toBeGreaterThan(before.y + 80)
  })

  it("scrolls A's reader to the cited passage and flashes it when A clicks the card's quote chip", async () => {
    const otherTab = a.page.locator('[data-testid^="reader-tab-"][aria-selected="false"]').first()
    await otherTab.click()
    await a.page.locator(`[data-card-id="${bullCardId}"] [data-testid="card-quote"]`).click()
    const highlight = a.page.locator(`[data-testid="highlight"][data-card-ids~="${bullCardId}"]`).first()
    await highlight.waitFor()
    await expect.poll(() => a.page.locator('.reader-flash').count()).toBeGreaterThan(0)
    const reader = await a.page.getByTestId('reader').boundingBox()
    const box = await highlight.boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(reader!.y)
    expect(box!.y + box!.height).toBeLessThanOrEqual(reader!.y + reader!.height)
    await saveScreenshot(a.page, '02-quote-chip-scrolls-reader')
  })

  it("pans A's canvas to the card and selects it when A clicks its highlight in the article", async () => {
    const card = a.page.locator(`[data-card-id="${bullCardId}"]`)
    const canvas = (await a.page.getByTestId('canvas').boundingBox())!
    const inView = async () => {
      // Off screen a card is not drawn at all (the canvas renders only what is visible).
      if ((await card.count()) === 0) return false
      const box = await card.boundingBox()
      return box !== null && box.x >= canvas.x && box.x + box.width <= canvas.x + canvas.width
    }
    await dragMouse(a.page, a.page.locator('.react-flow__pane'), { dx: -700, dy: 0 })
    await dragMouse(a.page, a.page.locator('.react-flow__pane'), { dx: -700, dy: 0 })
    expect(await inView()).toBe(false)

    await a.page.locator(`[data-testid="highlight"][data-card-ids~="${bullCardId}"]`).first().click()
    await expect.poll(() => card.getAttribute('class')).toContain('card-selected')
    await expect.poll(inView).toBe(true)
  })

  it('lets A link a new Bear card to the Bull card as "rebuts", and B sees the edge', async () => {
    await a.page.locator('[data-testid^="reader-tab-"]', { hasText: '生成式AI' }).click()
    await selectInArticle(a.page, BEAR_QUOTE)
    await a.page.getByTestId('selection-bear').click()
    const bearCard = cardWithQuote(a.page, BEAR_QUOTE)
    await bearCard.waitFor()
    const rebutsBefore = await b.page.locator('[data-testid="link"][data-link-kind="rebuts"]').count()

    await a.page.keyboard.press('Escape')
    await a.page.locator('.react-flow__controls-fitview').click()
    await saveScreenshot(a.page, '03a-before-linking')
    await dragMouse(
      a.page,
      bearCard.locator('.react-flow__handle-left'),
      a.page.locator(`[data-card-id="${bullCardId}"] .react-flow__handle-right`),
    )
    await a.page.getByTestId('link-kind-rebuts').click()
    await expect
      .poll(() => b.page.locator('[data-testid="link"][data-link-kind="rebuts"]').count())
      .toBe(rebutsBefore + 1)
    await saveScreenshot(b.page, '03-rebuttal-link-seen-by-b')
  })

  it('keeps everything through reloads of both pages and a server restart', async () => {
    const cardsBefore = await a.page.getByTestId('card').count()
    const linksBefore = await a.page.getByTestId('link').count()
    await Promise.all([a.page.reload(), b.page.reload()])
    await Promise.all([waitForStatus(a.page, 'connected'), waitForStatus(b.page, 'connected')])
    server = await restartTestServer(server)
    await Promise.all([waitForStatus(a.page, 'connected'), waitForStatus(b.page, 'connected')])
    for (const { page } of [a, b]) {
      await expect.poll(() => page.getByTestId('card').count()).toBe(cardsBefore)
      await expect.poll(() => page.getByTestId('link').count()).toBe(linksBefore)
      await expect.poll(() => cardWithQuote(page, BULL_QUOTE).count()).toBe(1)
    }
  })

  it('merges an edit B made while offline once B is back', async () => {
    await b.context.setOffline(true)
    await waitForStatus(b.page, 'offline')
    const textOfB = b.page.locator(`[data-card-id="${bullCardId}"] [data-testid="card-text"]`)
    await textOfB.click()
    await textOfB.press('Control+End')
    await textOfB.pressSequentially(' Written offline.')
    await saveScreenshot(b.page, '04-offline-edit')
    const textOfA = a.page.locator(`[data-card-id="${bullCardId}"] [data-testid="card-text"]`)
    expect(await textOfA.inputValue()).not.toContain('Written offline.')
    await b.context.setOffline(false)
    await waitForStatus(b.page, 'connected')
    await expect.poll(() => textOfA.inputValue(), { timeout: 10_000 }).toContain('Written offline.')
    await saveScreenshot(a.page, '05-board-after-the-loop')
  })
})
