/**
 * A participant without a mouse, in real Chromium: joins, reaches the article with Tab, selects an
 * excerpt with the caret and Shift+arrows, makes a card with `b`, moves from card to card with the
 * arrow keys, moves a card with Alt+arrows and links two cards with `l`. No step uses the mouse.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { cardPosition, waitForStatus } from './pageActions.ts'

const MAX_TAB_STOPS = 40

let page: Page
let newCardId: string

beforeAll(async () => {
  const server = await startTestServer()
  const browser = await launchBrowser()
  page = (await openPage(browser)).page
  await page.goto(`${server.url}/b/${DEMO_BOARD_ID}`)
  // The name field has the focus; Enter joins on the default side.
  await page.getByTestId('join-name').waitFor()
  await page.keyboard.type('Kim')
  await page.keyboard.press('Enter')
  await waitForStatus(page, 'connected')
  await page.getByTestId('card').first().waitFor()
})

/** What has the focus: its test id, and the card id when it is a card. */
function focused() {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    return { testId: element?.dataset.testid, cardId: element?.dataset.cardId }
  })
}

/** Presses Tab until `testId` has the focus; returns how many presses it took. */
async function tabTo(testId: string, key = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= MAX_TAB_STOPS; presses++) {
    await page.keyboard.press(key)
    if ((await focused()).testId === testId) return presses
  }
  throw new Error(`${key} never reached ${testId}`)
}

/** The focused element's outline, which must be visible (a focus ring). */
function focusRing() {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element)
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
  })
}

describe('the board with the keyboard alone', () => {
  it('reaches the article with Tab and shows where the focus is', async () => {
    await tabTo('reader-article')
    expect((await focusRing()).style).not.toBe('none')
    expect((await focusRing()).width).toBeGreaterThanOrEqual(2)
  })

  it('selects an excerpt with the caret and Shift+arrows, and makes a bull card from it with b', async () => {
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowRight')
    await page.getByTestId('reader-caret').waitFor()
    for (let i = 0; i < 8; i++) await page.keyboard.press('Shift+ArrowRight')
    const excerpt = await page.evaluate(() => document.getSelection()?.toString() ?? '')
    expect(excerpt.length).toBeGreaterThanOrEqual(6)
    await page.getByTestId('selection-toolbar').waitFor()

    const before = await page.getByTestId('card').count()
    await page.keyboard.press('b')
    await expect.poll(() => page.getByTestId('card').count()).toBe(before + 1)
    // The new card's text takes the focus, ready for the argument.
    await expect.poll(async () => (await focused()).testId).toBe('card-text')
    await page.keyboard.type('Cheaper debt is not a business model.')
    await page.keyboard.press('Escape')
    const card = await focused()
    expect(card.testId).toBe('card')
    newCardId = card.cardId!
    expect(
      await page.locator(`[data-card-id="${newCardId}"] [data-testid="card-quote"]`).textContent(),
    ).toContain(excerpt.trim().slice(0, 4))
    await saveScreenshot(page, '30-keyboard-focused-card')
  })

  it('moves the focus from card to card with the arrow keys, the selection following it', async () => {
    await page.keyboard.press('Home')
    const first = await focused()
    expect(first.testId).toBe('card')
    expect(first.cardId).not.toBe(newCardId)
    await page.keyboard.press('ArrowRight')
    const right = await focused()
    expect(right.testId).toBe('card')
    expect(right.cardId).not.toBe(first.cardId)
    expect(await page.locator(`[data-card-id="${right.cardId}"]`).getAttribute('data-stance')).toBe('bear')
    expect(await page.locator(`[data-card-id="${right.cardId}"]`).getAttribute('class')).toContain(
      'card-selected',
    )
    await page.keyboard.press('ArrowLeft')
    expect((await focused()).cardId).toBe(first.cardId)
    await page.keyboard.press('ArrowDown')
    const below = await focused()
    expect(below.cardId).not.toBe(first.cardId)
    expect(await page.locator(`[data-card-id="${below.cardId}"]`).getAttribute('data-stance')).toBe('bull')
    expect((await focusRing()).style).not.toBe('none')
  })

  it('keeps one tab stop for all the cards: Tab leaves the canvas and Shift+Tab comes back', async () => {
    const card = await focused()
    await page.keyboard.press('Tab')
    expect((await focused()).testId).not.toBe('card')
    await page.keyboard.press('Shift+Tab')
    expect(await focused()).toEqual(card)
    expect(await page.locator('[data-testid="card"][tabindex="0"]').count()).toBe(1)
    expect(await page.locator('[data-testid="link"]:not([tabindex="-1"])').count()).toBe(0)
  })

  it('moves the focused card with Alt+arrows', async () => {
    await page.keyboard.press('End')
    const { cardId } = await focused()
    const before = await cardPosition(page, cardId!)
    await page.keyboard.press('Alt+ArrowDown')
    await page.keyboard.press('Alt+ArrowDown')
    await expect.poll(async () => (await cardPosition(page, cardId!)).y).toBe(before.y + 20)
  })

  it('links two cards: l on the first, arrows and Enter to the second, then the kind', async () => {
    const rebuttals = page.getByTestId('edge-rebuts')
    const before = await rebuttals.count()
    await page.keyboard.press('Home')
    const from = await focused()
    await page.keyboard.press('l')
    await page.getByTestId('link-mode-banner').waitFor()
    await page.keyboard.press('ArrowDown')
    const target = await focused()
    expect(target.cardId).not.toBe(from.cardId)
    // Choosing the target moves no selection: the first card stays the one marked as the link's start.
    expect(await page.locator(`[data-card-id="${from.cardId}"]`).getAttribute('class')).toContain(
      'card-link-source',
    )
    await page.keyboard.press('Enter')
    await page.getByTestId('link-kind-popover').waitFor()
    await tabTo('link-kind-rebuts')
    await page.keyboard.press('Enter')
    await expect.poll(() => rebuttals.count()).toBe(before + 1)
    // The focus comes back to the card the link went to, and the link mode is over.
    expect((await focused()).cardId).toBe(target.cardId)
    expect(await page.getByTestId('link-mode-banner').isVisible()).toBe(false)
  })

  it('deletes that link from the card: Enter, Tab to the link, Enter to select it, Delete', async () => {
    const rebuttals = page.getByTestId('edge-rebuts')
    const before = await rebuttals.count()
    const card = await focused()
    await page.keyboard.press('Enter')
    await tabTo('link')
    // The card's own link: the one just made ends at this card.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.linkTo)).toBe(
      card.cardId,
    )
    await page.keyboard.press('Enter')
    await page.keyboard.press('Delete')
    await expect.poll(() => rebuttals.count()).toBe(before - 1)
    await expect.poll(focused).toEqual(card)
  })

  it('cancels a link with Escape', async () => {
    const links = await page.getByTestId('link').count()
    await page.keyboard.press('l')
    await page.getByTestId('link-mode-banner').waitFor()
    await page.keyboard.press('Escape')
    await page.getByTestId('link-mode-banner').waitFor({ state: 'hidden' })
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    expect(await page.getByTestId('link-kind-popover').count()).toBe(0)
    expect(await page.getByTestId('link').count()).toBe(links)
  })

  it('[CV10] reaches the cards from the overview: the tab stop zooms in to its card and focuses it', async () => {
    const zoomOut = page.locator('.react-flow__controls-zoomout')
    await zoomOut.focus()
    for (let presses = 0; presses < 30 && (await page.getByTestId('card-overview').count()) === 0; presses++)
      await page.keyboard.press('Enter')
    await page.getByTestId('card-overview').waitFor()
    expect(await page.getByTestId('card').count()).toBe(0)
    // Back past the zoom-in button to where the cards' tab stop is: it stands in for the cards while
    // they are too far away, and hands the focus on to its card at once.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await expect.poll(async () => (await focused()).testId).toBe('card')
    expect(await page.getByTestId('card-overview').count()).toBe(0)
    const card = await focused()
    await page.keyboard.press('ArrowDown')
    await expect.poll(async () => (await focused()).cardId).not.toBe(card.cardId)
  })
})
