/** What a person sees when something is wrong: a clear message, never a blank page. */
import { describe, expect, it } from 'vitest'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { joinBoard, waitForStatus } from './pageActions.ts'

describe('error states in Chromium', () => {
  it('explains a board link that leads nowhere instead of showing a blank page', async () => {
    const server = await startTestServer()
    const browser = await launchBrowser()
    const { page } = await openPage(browser)
    await page.goto(`${server.url}/b/no-such-board#token=not-a-real-key`)
    const message = page.getByTestId('board-error-message')
    await message.waitFor()
    expect((await message.textContent())!.trim().length).toBeGreaterThan(10)
    await saveScreenshot(page, '30-board-link-leads-nowhere')
  })

  it('keeps the board on screen and says it is offline when the server goes away, then reconnects', async () => {
    const server = await startTestServer()
    const browser = await launchBrowser()
    const { page } = await openPage(browser)
    await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, 'Ada')
    const cards = await page.getByTestId('card').count()

    await server.close()
    await page.locator('[data-testid="connection-status"]:not([data-status="connected"])').waitFor()
    expect(await page.getByTestId('card').count()).toBe(cards)
    // It says when it tries again, and offers to try now ([SY27] in the browser).
    await page
      .getByTestId('retry-countdown')
      .filter({ hasText: /Reconnecting in \d+ s/ })
      .waitFor()
    await saveScreenshot(page, '31-server-gone')

    await startTestServer({ ...server.config, port: server.port })
    // Clicked in the page, not waited for: the countdown may have just started its attempt.
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="retry-now"]')?.click())
    await waitForStatus(page, 'connected')
    await page.getByTestId('retry-countdown').waitFor({ state: 'detached' })
  })
})
