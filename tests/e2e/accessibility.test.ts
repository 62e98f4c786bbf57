/**
 * axe-core on the pages a newcomer meets (the landing page, the join dialog, the board), on a desktop
 * and on a phone, in English and in Simplified Chinese: no serious and no critical violation.
 */
import fs from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
/** Every violation found, by page and impact, written out for the closing note. */
const tally: Record<string, Record<string, string[]>> = {}

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
})

afterAll(() => {
  const file = path.resolve('test-artifacts/axe-results.json')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(tally, null, 2)}\n`)
})

/** The serious and critical violations on the page as it is now, one line each, for a readable failure. */
async function blockingViolations(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const byImpact: Record<string, string[]> = {}
  for (const violation of violations) (byImpact[violation.impact ?? 'unknown'] ??= []).push(violation.id)
  tally[where] = byImpact
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

/** React Flow's built-in English, which a Chinese screen reader would otherwise read out. */
const REACT_FLOW_ENGLISH =
  /Zoom In|Zoom Out|Fit View|Mini Map|Control Panel|Toggle Interactivity|Edge from|Press enter/i

/** The accessible labels, titles and descriptions on the page that are still React Flow's English. */
function englishLabels(page: Page): Promise<string[]> {
  return page.evaluate((pattern) => {
    const texts = [...document.querySelectorAll('[aria-label], [title]')].flatMap((element) => [
      element.getAttribute('aria-label') ?? '',
      element.getAttribute('title') ?? '',
    ])
    for (const element of document.querySelectorAll('[aria-describedby]')) {
      const id = element.getAttribute('aria-describedby') ?? ''
      texts.push(document.getElementById(id)?.textContent ?? '')
    }
    texts.push(...[...document.querySelectorAll('svg title')].map((title) => title.textContent ?? ''))
    return texts.filter((text) => new RegExp(pattern, 'i').test(text))
  }, REACT_FLOW_ENGLISH.source)
}

describe.each(Object.entries(SCREENS))('on a %s', (screenName, screen) => {
  describe.each(Object.entries(LOCALES))('in %s', (language, locale) => {
    const at = (page: string) => `${page}, ${screenName}, ${language}`
    it('has no serious or critical axe violation on the landing page, the join dialog and the board, nor React Flow English in Chinese', async () => {
      const { page } = await openPage(browser, { locale, ...screen })
      await page.goto(server.url)
      await page.getByTestId('landing').waitFor()
      expect(await blockingViolations(page, at('landing')), 'landing page').toEqual([])

      await page.goto(`${server.url}/b/${DEMO_BOARD_ID}`)
      await page.getByTestId('join-dialog').waitFor()
      expect(await blockingViolations(page, at('join dialog')), 'join dialog').toEqual([])

      await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, 'Axe')
      await page.locator('[data-card-id]').first().waitFor({ state: 'attached' })
      expect(await blockingViolations(page, at('board')), 'board').toEqual([])
      if (locale === LOCALES.Chinese) expect(await englishLabels(page)).toEqual([])
      if (screen === SCREENS.phone) {
        await page.getByTestId('pane-switch-board').click()
        await page.locator('[data-card-id]').first().waitFor()
        expect(await blockingViolations(page, at('board view')), 'board view on a phone').toEqual([])
      }
    })
  })
})
