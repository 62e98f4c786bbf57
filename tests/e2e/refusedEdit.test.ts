/** What a person sees when the server refuses an edit: a clear message, and a board that keeps working. */
import { describe, expect, it } from 'vitest'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { joinBoard, selectInArticle, waitForStatus } from './pageActions.ts'

describe('a refused edit in Chromium', () => {
  it('drops the refused card, says why, and keeps the board editable', async () => {
    const server = await startTestServer({ limits: { maxCardsPerBoard: 5 } })
    const browser = await launchBrowser()
    const { page } = await openPage(browser)
    await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, 'Ada')
    await expect.poll(() => page.getByTestId('card').count()).toBe(4)

    await selectInArticle(page, '我們認為政府不應選擇贏家或輸家')
    await page.getByTestId('selection-bull').click()
    await expect.poll(() => page.getByTestId('card').count()).toBe(5)
    await selectInArticle(page, '如果一家公司失敗')
    await page.getByTestId('selection-bull').click()

    await page.getByTestId('toast').filter({ hasText: 'reloaded from the server' }).waitFor()
    await waitForStatus(page, 'connected')
    await expect.poll(() => page.getByTestId('card').count()).toBe(5)
    await saveScreenshot(page, '12-refused-edit-reloaded')

    const text = page.getByTestId('card-text').first()
    await text.click()
    await text.press('Control+End')
    await text.pressSequentially(' Still editable.')
    const room = await server.registry.acquire(DEMO_BOARD_ID)
    await expect
      .poll(() => JSON.stringify(room.document('board').getMap('cards').toJSON()))
      .toContain('Still editable.')
    server.registry.release(DEMO_BOARD_ID)
  })
})
