/**
 * The canvas and dialogs from the keyboard, in real Chromium with two people (A and B) on the demo
 * board: Alt+arrow moves reach the other person, Delete only acts on the canvas, a selection drops
 * cards others deleted, and a closed dialog gives focus back. The steps share one server and one pair
 * of pages and run in order.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { launchBrowser, openPage } from '../helpers/browser.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { cardPosition, cardWithQuote, joinBoard, selectInArticle } from './pageActions.ts'

const BULL_QUOTE = '我們認為政府不應選擇贏家或輸家'

let server: TestServer
let a: Page
let b: Page
let cardId: string

beforeAll(async () => {
  server = await startTestServer()
  const browser = await launchBrowser()
  a = (await openPage(browser)).page
  b = (await openPage(browser)).page
  const boardUrl = `${server.url}/b/${DEMO_BOARD_ID}`
  await joinBoard(a, boardUrl, 'Ada')
  await joinBoard(b, boardUrl, 'Bo')
})

/** Makes a Bull card from `quote` on `page` and returns its id once the other page shows it too. */
async function cardFromQuote(page: Page, other: Page, quote: string): Promise<string> {
  await selectInArticle(page, quote)
  await page.getByTestId('selection-bull').click()
  const seen = cardWithQuote(other, quote).last()
  await seen.waitFor()
  return (await seen.getAttribute('data-card-id'))!
}

const headerOf = (page: Page, id: string) => page.locator(`[data-card-id="${id}"] .card-header`)

describe('the canvas from the keyboard in Chromium', () => {
  it('moves a selected card with Alt and the arrow keys, and the other person sees it move', async () => {
    cardId = await cardFromQuote(a, b, BULL_QUOTE)
    const before = await cardPosition(b, cardId)
    await headerOf(a, cardId).click()
    for (let i = 0; i < 4; i++) await a.keyboard.press('Alt+ArrowRight')
    await expect.poll(async () => (await cardPosition(b, cardId)).x).toBeGreaterThan(before.x + 10)
    // A's own view follows the document, not a position left over from the nudges.
    await expect.poll(async () => (await cardPosition(a, cardId)).x).toBe((await cardPosition(b, cardId)).x)
  })

  it('keeps the cards a highlight selected when Backspace is pressed on the highlight', async () => {
    const highlight = a.locator(`[data-testid="highlight"][data-card-ids~="${cardId}"]`).first()
    await highlight.click()
    await expect
      .poll(() => a.locator(`[data-card-id="${cardId}"]`).getAttribute('class'))
      .toContain('card-selected')
    await a.keyboard.press('Backspace')
    await a.keyboard.press('Delete')
    // A delete would be local and rendered at once (keys are urgent updates): two frames are enough.
    await a.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    expect(await a.locator(`[data-card-id="${cardId}"]`).count()).toBe(1)
    expect(await b.locator(`[data-card-id="${cardId}"]`).count()).toBe(1)
  })

  it('deletes the selected card with Delete once the focus is on the canvas', async () => {
    await headerOf(a, cardId).click()
    await a.keyboard.press('Delete')
    await expect.poll(() => b.locator(`[data-card-id="${cardId}"]`).count()).toBe(0)
  })

  it('lets go of a selected card that someone else deleted, so there is nothing to delete', async () => {
    cardId = await cardFromQuote(a, b, BULL_QUOTE)
    await headerOf(a, cardId).click()
    await expect.poll(() => a.getByTestId('delete-selected').isEnabled()).toBe(true)
    await headerOf(b, cardId).click()
    await b.keyboard.press('Delete')
    await expect.poll(() => a.locator(`[data-card-id="${cardId}"]`).count()).toBe(0)
    await expect.poll(() => a.getByTestId('delete-selected').isEnabled()).toBe(false)
  })

  it('gives the focus back to the Share button when the share dialog closes', async () => {
    await a.getByTestId('share').click()
    await a.getByTestId('share-dialog').waitFor()
    await a.keyboard.press('Escape')
    await a.getByTestId('share-dialog').waitFor({ state: 'detached' })
    await expect
      .poll(() => a.getByTestId('share').evaluate((button) => button === document.activeElement))
      .toBe(true)
  })
})
