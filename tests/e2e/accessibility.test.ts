/**
 * axe-core on the pages a newcomer meets (the landing page, the join dialog, the board), on a desktop
 * and on a phone, in English and in Simplified Chinese: no serious and no critical violation.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { launchBrowser, openPage } from '../helpers/browser.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

const SCREENS = {
  desktop: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
} as const
const LOCALES = { English: 'en-US', Chinese: 'zh-CN' } as const
const BLOCKING = new Set(['serious', 'critical'])

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
})

/** The serious and critical violations on the page as it is now, one line each, for a readable failure. */
async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => `${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`)
          .join('; ')}`,
    )
}

describe.each(Object.entries(SCREENS))('on a %s', (_screen, screen) => {
  describe.each(Object.entries(LOCALES))('in %s', (_language, locale) => {
    it('has no serious or critical axe violation on the landing page, the join dialog and the board', async () => {
      const { page } = await openPage(browser, { locale, ...screen })
      await page.goto(server.url)
      await page.getByTestId('landing').waitFor()
      expect(await blockingViolations(page), 'landing page').toEqual([])

      await page.goto(`${server.url}/b/${DEMO_BOARD_ID}`)
      await page.getByTestId('join-dialog').waitFor()
      expect(await blockingViolations(page), 'join dialog').toEqual([])

      await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, 'Axe', 'bull')
      await page.getByTestId('card').first().waitFor({ state: 'attached' })
      expect(await blockingViolations(page), 'board').toEqual([])
      if (screen === SCREENS.phone) {
        await page.getByTestId('pane-switch-board').click()
        await page.getByTestId('card').first().waitFor()
        expect(await blockingViolations(page), 'board view on a phone').toEqual([])
      }
    })
  })
})
