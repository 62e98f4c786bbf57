/**
 * The bull and bear colours follow the reader's market convention: green for bull in English, red
 * for bull in Chinese, and a choice in the profile dialog overrides either and is remembered.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

const GREEN = 'rgb(21, 128, 61)'
const RED = 'rgb(185, 28, 28)'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
})

/** The colour of the bull and the bear cards' stance edge, and whether their ▲ / ▼ and words are there. */
function stanceLook(page: Page) {
  return page.evaluate(() => {
    const look = (stance: string) => {
      const card = document.querySelector(`[data-testid="card"][data-stance="${stance}"]`)!
      return {
        color: getComputedStyle(card).borderLeftColor,
        label: card.querySelector('.card-stance')!.textContent,
      }
    }
    return { bull: look('bull'), bear: look('bear') }
  })
}

describe('the bull and bear colour convention', () => {
  it('paints bull green and bear red in English, each still marked by ▲ / ▼ and its word', async () => {
    const { page } = await openPage(browser, { locale: 'en-US' })
    await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, 'Ann')
    await page.getByTestId('card').first().waitFor()
    const look = await stanceLook(page)
    expect(look.bull).toEqual({ color: GREEN, label: '▲ Bull' })
    expect(look.bear).toEqual({ color: RED, label: '▼ Bear' })
  })

  it('paints bull red and bear green in Chinese, until the profile dialog says otherwise, and remembers it', async () => {
    const { page } = await openPage(browser, { locale: 'zh-CN' })
    await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, '小红')
    await page.getByTestId('card').first().waitFor()
    expect((await stanceLook(page)).bull.color).toBe(RED)
    expect((await stanceLook(page)).bear.color).toBe(GREEN)
    await saveScreenshot(page, '31-colours-east-asian')

    await page.getByTestId('edit-profile').click()
    const dialog = page.getByTestId('profile-dialog')
    expect(await dialog.getByTestId('stance-colors-bull-red').isChecked()).toBe(true)
    await dialog.getByTestId('stance-colors-bull-green').check()
    await dialog.getByTestId('join-submit').click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(async () => (await stanceLook(page)).bull.color).toBe(GREEN)

    await page.reload()
    await page.getByTestId('card').first().waitFor()
    expect((await stanceLook(page)).bull.color).toBe(GREEN)
    expect((await stanceLook(page)).bear.color).toBe(RED)
  })
})
