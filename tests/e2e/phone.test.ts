/** A workshop participant on a phone: the article and the board take turns on the small screen. */
import { describe, expect, it } from 'vitest'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { cardWithQuote, joinBoard, selectInArticle } from './pageActions.ts'

const QUOTE = '納稅人也不應為企業的錯誤決策或市場失利埋單'

describe('the board on a phone', () => {
  it('shows one pane at a time, and brings the board forward after a card is made from the article', async () => {
    const server = await startTestServer()
    const browser = await launchBrowser()
    const { page } = await openPage(browser, { viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
    await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, '小明', 'bull')
    await page.getByTestId('reader-article').waitFor()
    expect(await page.getByTestId('canvas').isVisible()).toBe(false)
    await saveScreenshot(page, '20-phone-article')

    await selectInArticle(page, QUOTE)
    await page.getByTestId('selection-bull').click()
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
    await saveScreenshot(page, '21-phone-board-after-card')

    await page.getByTestId('pane-switch-article').click()
    await page.getByTestId('reader-article').waitFor()
    expect(await page.getByTestId('canvas').isVisible()).toBe(false)
  })
})
