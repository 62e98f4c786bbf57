/**
 * [SY31] Edits made while the server is away live in the browser (IndexedDB), survive the page being
 * closed, and reach the server the next time the board opens.
 */
import { describe, expect, it } from 'vitest'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { readCards } from '../../shared/board/index.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { joinBoard, selectInArticle, waitForStatus } from './pageActions.ts'

/** How many updates this page's browser keeps for the demo board's `board` document. */
function keptUpdates(page: import('playwright-core').Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('debate-board:demo:board')
        open.onerror = () => resolve(0)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('updates')) return resolve(0)
          const count = db.transaction('updates').objectStore('updates').count()
          count.onsuccess = () => resolve(count.result)
          count.onerror = () => resolve(0)
        }
      }),
  )
}

describe('edits made offline', () => {
  it('[SY31] a card made while the server is down survives closing the page and reaches the server on the next visit', async () => {
    const first = await startTestServer()
    const browser = await launchBrowser()
    const { context, page } = await openPage(browser)
    await joinBoard(page, `${first.url}/b/${DEMO_BOARD_ID}`, 'Ada')
    await expect.poll(() => page.getByTestId('card').count()).toBe(4)

    await first.close()
    await waitForStatus(page, 'offline')
    const kept = await keptUpdates(page)
    await selectInArticle(page, '我們認為政府不應選擇贏家或輸家')
    await page.getByTestId('selection-bull').click()
    await expect.poll(() => page.getByTestId('card').count()).toBe(5)
    await expect.poll(() => keptUpdates(page)).toBeGreaterThan(kept)
    await saveScreenshot(page, '50-card-made-offline')
    await page.close()

    const second = await startTestServer({ ...first.config, port: first.port })
    const again = await context.newPage()
    await joinBoard(again, `${second.url}/b/${DEMO_BOARD_ID}`, 'Ada')
    await expect.poll(() => again.getByTestId('card').count()).toBe(5)
    const onServer = () =>
      second.registry.withRoom(DEMO_BOARD_ID, (room) => readCards(room.document('board')).length)
    await expect.poll(onServer).toBe(5)
  })
})
