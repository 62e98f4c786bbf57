/**
 * A workshop participant on a phone (390×844, touch): the article and the board take turns and never
 * overlap, the header and dialogs fit, touch pans and pinch-zooms the board, and a text selection
 * becomes a card from a Bull button the phone's own selection menu does not cover. The steps share
 * one page and run in order.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { cardWithQuote, selectInArticle, waitForStatus } from './pageActions.ts'

const QUOTE = '納稅人也不應為企業的錯誤決策或市場失利埋單'
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'zh-CN' }

let server: TestServer
let context: BrowserContext
let page: Page

beforeAll(async () => {
  server = await startTestServer()
  const browser = await launchBrowser()
  ;({ context, page } = await openPage(browser, PHONE))
})

/** The elements a tap at each point of a grid over `testId`'s visible box would reach, with their card if any. */
function hitsOver(testId: string) {
  return page.evaluate((id) => {
    const pane = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect()
    const top = Math.max(pane.top, 0)
    const bottom = Math.min(pane.bottom, window.innerHeight)
    const hits: { x: number; y: number; inArticle: boolean; onCard: boolean }[] = []
    for (let fx = 0.1; fx < 1; fx += 0.2) {
      for (let fy = 0.1; fy < 1; fy += 0.2) {
        const x = pane.left + pane.width * fx
        const y = top + (bottom - top) * fy
        const stack = document.elementsFromPoint(x, y)
        hits.push({
          x,
          y,
          inArticle: stack[0]?.closest('[data-testid="reader"]') !== null,
          onCard: stack.some((element) => element.closest('.react-flow__node') !== null),
        })
      }
    }
    return hits
  }, testId)
}

/** Checks that a dialog lies within the 390 px screen and needs no sideways scrolling. */
async function expectWithinScreen(dialog: Locator) {
  const box = (await dialog.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(390)
  const overflow = await dialog.evaluate((element) => element.scrollWidth - element.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
}

/** The React Flow viewport's pan and zoom. */
async function viewport(): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((v) => (v as HTMLElement).style.transform)
  const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)\s*scale\(([\d.]+)\)/.exec(transform)
  if (!match) throw new Error(`no viewport in "${transform}"`)
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) }
}

/** Touch points moving in steps, as fingers do; each point goes from `from` to `to`. */
async function touchGesture(fingers: { from: [number, number]; to: [number, number] }[]) {
  const cdp = await context.newCDPSession(page)
  const at = (step: number) =>
    fingers.map(({ from, to }, id) => ({
      id,
      x: from[0] + ((to[0] - from[0]) * step) / 8,
      y: from[1] + ((to[1] - from[1]) * step) / 8,
    }))
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) })
  for (let step = 1; step <= 8; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

/** Checks that the join dialog and each of its colour options lie within the screen and the dialog. */
async function expectJoinDialogFits(on: Page) {
  await on.goto(`${server.url}/b/${DEMO_BOARD_ID}`)
  const dialog = (await on.getByTestId('join-dialog').boundingBox())!
  expect(dialog.x).toBeGreaterThanOrEqual(0)
  expect(dialog.x + dialog.width).toBeLessThanOrEqual(390)
  const form = (await on.locator('.join-form').boundingBox())!
  for (const option of await on.locator('.color-option').all()) {
    const box = (await option.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(form.x + form.width + 0.5)
  }
}

describe('the board on a phone', () => {
  it('fits the join dialog and every colour into the screen, in English and in Chinese', async () => {
    // English words cannot break inside themselves as Chinese text can: the harder case for the row.
    const english = await context.browser()!.newContext({ ...PHONE, locale: 'en-US' })
    await expectJoinDialogFits(await english.newPage())
    await english.close()
    await expectJoinDialogFits(page)
    await page.getByTestId('join-name').fill('小明')
    await page.getByTestId('join-submit').tap()
    await waitForStatus(page, 'connected')
  })

  it('shows the article alone: no card of the hidden board is drawn over it or catches a tap', async () => {
    await page.getByTestId('reader-article').waitFor()
    // On a phone the whole board fits below the title zoom, so a card may be drawn as its title.
    await page.locator('[data-card-id]').first().waitFor({ state: 'attached' })
    const hits = await hitsOver('reader')
    expect(hits.filter((hit) => hit.onCard)).toEqual([])
    const centre = hits[12]!
    expect(centre.inArticle).toBe(true)
    expect(await page.getByTestId('canvas').isVisible()).toBe(false)
    // Not drawn either: React Flow's own `visibility: visible` on each node must not win.
    const drawn = await page
      .locator('.react-flow__node')
      .evaluateAll((nodes) => nodes.filter((node) => getComputedStyle(node).visibility !== 'hidden').length)
    expect(drawn).toBe(0)
    await saveScreenshot(page, '20-phone-article')
  })

  it('fits the header without scrolling sideways, the title keeping room and the rest in a menu', async () => {
    const header = await page.locator('.board-header').evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      page: document.documentElement.scrollWidth,
    }))
    expect(header.scrollWidth).toBeLessThanOrEqual(header.clientWidth)
    expect(header.page).toBeLessThanOrEqual(390)
    expect((await page.locator('.board-title').boundingBox())!.width).toBeGreaterThan(120)
    await page.getByTestId('header-menu').tap()
    const language = (await page.getByTestId('language-switcher').boundingBox())!
    expect(language.x).toBeGreaterThanOrEqual(0)
    expect(language.x + language.width).toBeLessThanOrEqual(390)
    await page.getByTestId('help').tap()
    const help = page.getByTestId('help-dialog')
    await help.waitFor()
    expect(await help.textContent()).toContain('点击')
    expect(await help.textContent()).not.toMatch(/Click/i)
    await saveScreenshot(page, '22-phone-help-zh')
    await expectWithinScreen(help)
    await page.keyboard.press('Escape')
    await help.waitFor({ state: 'detached' })

    await page.getByTestId('header-menu').tap()
    await page.getByTestId('share').tap()
    const share = page.getByTestId('share-dialog')
    await share.waitFor()
    await expectWithinScreen(share)
    await page.keyboard.press('Escape')
    await share.waitFor({ state: 'detached' })
  })

  it('makes a card from a touch selection with the Bull button docked below the text, then shows the board', async () => {
    // A finger on the text first, as the selection on a phone comes from a long press.
    const article = (await page.getByTestId('reader-article').boundingBox())!
    await page.touchscreen.tap(article.x + 20, article.y + 20)
    await selectInArticle(page, QUOTE)
    const toolbar = page.getByTestId('selection-toolbar')
    await toolbar.waitFor()
    expect(await toolbar.getAttribute('data-docked')).toBe('true')
    const bar = (await toolbar.boundingBox())!
    const reader = (await page.getByTestId('reader').boundingBox())!
    expect(bar.y + bar.height).toBeLessThanOrEqual(reader.y + reader.height)
    expect(bar.x).toBeGreaterThanOrEqual(0)
    expect(bar.x + bar.width).toBeLessThanOrEqual(390)
    await saveScreenshot(page, '23-phone-selection')

    await page.getByTestId('selection-bull').tap()
    const card = cardWithQuote(page, QUOTE)
    await card.waitFor()
    expect(await page.getByTestId('reader-article').isVisible()).toBe(false)
    const canvas = (await page.getByTestId('canvas').boundingBox())!
    await expect
      .poll(async () => {
        const box = await card.boundingBox()
        return box !== null && box.y >= canvas.y && box.y + box.height <= canvas.y + canvas.height
      })
      .toBe(true)
    await saveScreenshot(page, '21-phone-board')
  })

  it('pans the board with one finger and zooms it with two', async () => {
    await page
      .getByTestId('card-text')
      .first()
      .evaluate((element) => (element as HTMLElement).blur())
    const canvas = (await page.getByTestId('canvas').boundingBox())!
    // Between the lanes' tops and the toolbar: empty canvas, where a drag pans instead of moving a card.
    const x = canvas.x + canvas.width / 2
    const y = canvas.y + canvas.height - 150
    // The board may still be fitting its view after the switch: start from a viewport at rest.
    let before = await viewport()
    let stillReads = 0
    await expect
      .poll(
        async () => {
          const now = await viewport()
          const still = now.zoom === before.zoom && now.x === before.x && now.y === before.y
          stillReads = still ? stillReads + 1 : 0
          before = now
          return stillReads
        },
        { interval: 300, timeout: 15_000 },
      )
      // Four reads 300 ms apart: a fit still easing, or one queued until the lanes are measured
      // (both later on a loaded machine), is not at rest.
      .toBeGreaterThanOrEqual(3)
    await touchGesture([{ from: [x, y], to: [x - 80, y - 60] }])
    await expect.poll(async () => (await viewport()).x).toBeLessThan(before.x - 40)
    const panned = await viewport()
    // One finger pans: a pinch would be 1.5x and more (below); a settling fit moves it by a few %.
    expect(panned.zoom).toBeCloseTo(before.zoom, 1)

    await touchGesture([
      { from: [x - 30, y - 100], to: [x - 110, y - 100] },
      { from: [x + 30, y - 100], to: [x + 110, y - 100] },
    ])
    await expect.poll(async () => (await viewport()).zoom).toBeGreaterThan(panned.zoom * 1.5)
  })

  it('shows the board alone once it is chosen: the resting article catches no tap', async () => {
    const hits = await hitsOver('canvas')
    expect(hits.every((hit) => !hit.inArticle)).toBe(true)
    await page.getByTestId('pane-switch-article').tap()
    await page.getByTestId('reader-article').waitFor()
    expect(await page.getByTestId('canvas').isVisible()).toBe(false)
  })
})
