/**
 * Running a debate's phases in Chromium: a moderator creates a classroom debate on the landing page,
 * a bull participant joins on a phone, and the banner each sees follows the moderator's panel (timer,
 * next phase, lock). The steps share one server and one set of pages and run in order.
 */
import fs from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard, waitForStatus } from './pageActions.ts'

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }

let server: TestServer
let browser: Browser
let moderator: Page
let bull: Page
const links: Record<string, string> = {}

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
  moderator = (await openPage(browser)).page
  bull = (await openPage(browser, PHONE)).page
})

/** Saves a screenshot into test-artifacts and, when asked by SCREENSHOTS_DIR, a copy there too. */
async function screenshot(page: Page, name: string) {
  const file = await saveScreenshot(page, name)
  const copyTo = process.env.SCREENSHOTS_DIR
  if (copyTo) {
    fs.mkdirSync(copyTo, { recursive: true })
    fs.copyFileSync(file, path.join(copyTo, `${name}.png`))
  }
}

/** The serious and critical axe violations in the banner and the panel, one line each. */
async function debateBarViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('.debate-bar').analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join('; ')}`)
}

const banner = (page: Page) => ({
  name: () => page.getByTestId('phase-name').textContent(),
  allowance: () => page.getByTestId('phase-allowance').textContent(),
  timer: () => page.getByTestId('phase-timer').getAttribute('data-state'),
})

describe('the phase banner in Chromium', () => {
  it('creates a classroom debate on the landing page and lists every link', async () => {
    await moderator.goto(server.url)
    await moderator.getByTestId('board-title-input').fill('Cars out of the centre')
    await moderator.getByTestId('board-motion-input').fill('This house would ban cars from the city centre')
    expect(await moderator.getByTestId('format-classroom').isChecked()).toBe(true)
    await moderator.getByTestId('format-workshop').check()
    expect(await moderator.getByTestId('anonymous-to-peers').count()).toBe(0)
    await moderator.getByTestId('format-classroom').check()
    await moderator.getByTestId('articles-demo').check()
    await screenshot(moderator, 'phase-01-landing-formats')
    await moderator.getByTestId('create-board').click()
    await moderator.getByTestId('board-links').waitFor()
    for (const role of ['moderate', 'edit', 'bull', 'bear', 'view', 'projector'])
      links[role] = await moderator.getByTestId(`link-${role}`).inputValue()
    expect(Object.values(links).every((link) => link.includes('#token='))).toBe(true)
  })

  it('shows the moderator and a bull participant on a phone the first phase, each in their words', async () => {
    await moderator.getByTestId('open-moderator').click()
    await moderator.getByTestId('join-name').fill('Mo')
    await moderator.getByTestId('join-submit').click()
    await waitForStatus(moderator, 'connected')
    await joinBoard(bull, links.bull!, 'Bo')

    await expect.poll(banner(moderator).name).toBe('Prepare')
    expect(await banner(moderator).allowance()).toBe('Teams draft in private; you see every draft')
    await expect.poll(banner(bull).name).toBe('Prepare')
    expect(await banner(bull).allowance()).toBe('Draft your team’s cards in private')
    expect(await bull.getByTestId('phase-timer-value').textContent()).toBe('10:00')
    expect(await bull.getByTestId('facilitation-toggle').count()).toBe(0)
  })

  it("starts the timer from the moderator's panel, and both screens count down", async () => {
    await moderator.getByTestId('facilitation-toggle').click()
    await moderator.getByTestId('timer-toggle').click()
    await expect.poll(banner(bull).timer).toBe('running')
    await expect.poll(banner(moderator).timer).toBe('running')
    await expect.poll(() => bull.getByTestId('phase-timer-value').textContent()).toMatch(/^09:5\d$/)
  })

  it('advances from Prepare, revealing the drafts, and the participant sees Openings', async () => {
    const next = moderator.getByTestId('phase-next')
    expect(await next.textContent()).toContain('Reveal the drafts and go to Openings')
    await screenshot(moderator, 'phase-02-moderator-panel-desktop')
    await next.click()
    await expect.poll(banner(bull).name).toBe('Openings')
    expect(await banner(bull).allowance()).toBe('Argue your side: add bull cards')
    const number = bull.getByTestId('phase-number').locator('[aria-hidden="true"]')
    expect(await number.textContent()).toBe('2 / 5')
    expect(await banner(bull).timer()).toBe('idle')
    await screenshot(bull, 'phase-03-participant-banner-phone')
  })

  it("locks the board, and the participant's banner says so", async () => {
    await moderator.getByTestId('board-lock').click()
    await expect.poll(banner(bull).allowance).toBe('The moderator locked the board')
    expect(await bull.getByTestId('phase-locked').isVisible()).toBe(true)
    await screenshot(bull, 'phase-04-participant-locked-phone')
    await moderator.getByTestId('board-lock').click()
    await expect.poll(banner(bull).allowance).toBe('Argue your side: add bull cards')
  })

  it('counts down to "Time is up" on both screens, and locks the board at the end when asked', async () => {
    const minutes = moderator.getByTestId('phase-minutes-input-openings')
    await minutes.fill('0.1')
    await minutes.press('Enter')
    await expect.poll(() => bull.getByTestId('phase-timer-value').textContent()).toBe('00:06')
    await moderator.getByTestId('timer-lock-on-end').check()
    await moderator.getByTestId('timer-toggle').click()
    await expect.poll(() => bull.getByTestId('phase-timer').getAttribute('data-urgent')).toBe('true')
    await screenshot(moderator, 'phase-05-moderator-urgent-desktop')
    const timeUp = (page: Page) => page.getByTestId('phase-timer-value').filter({ hasText: 'Time is up' })
    await timeUp(bull).waitFor({ timeout: 10_000 })
    await timeUp(moderator).waitFor()
    await expect.poll(banner(bull).allowance).toBe('The moderator locked the board')
    expect(await timeUp(bull).count()).toBe(1)
    await screenshot(bull, 'phase-06-participant-time-up-phone')
    await screenshot(moderator, 'phase-07-moderator-time-up-desktop')
    expect(await debateBarViolations(moderator)).toEqual([])
    expect(await debateBarViolations(bull)).toEqual([])
  })

  it('gives the moderator on a phone the panel as a bottom sheet', async () => {
    const phone = (await openPage(browser, PHONE)).page
    await joinBoard(phone, links.moderate!, 'Mo on the phone')
    await phone.getByTestId('facilitation-toggle').tap()
    const panel = phone.getByTestId('facilitation-panel')
    await panel.waitFor()
    const box = (await panel.boundingBox())!
    expect(box.x).toBe(0)
    expect(Math.round(box.y + box.height)).toBe(844)
    await screenshot(phone, 'phase-08-moderator-sheet-phone')
    expect(await debateBarViolations(phone)).toEqual([])
    await phone.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })
    await screenshot(phone, 'phase-09-moderator-banner-phone')
  })

  it('opens a board made for the creator’s own articles at the Add article dialog, without a banner on a free board', async () => {
    const creator = (await openPage(browser)).page
    await creator.goto(server.url)
    await creator.getByTestId('board-title-input').fill('Our own reading')
    await creator.getByTestId('format-free').check()
    await creator.getByTestId('articles-own').check()
    await creator.getByTestId('create-board').click()
    await creator.getByTestId('board-links').waitFor()
    expect(await creator.getByTestId('own-articles-note').isVisible()).toBe(true)
    await creator.getByTestId('open-moderator').click()
    await creator.getByTestId('join-name').fill('Cy')
    await creator.getByTestId('join-submit').click()
    await creator.getByTestId('add-article-dialog').waitFor()
    expect(await creator.getByTestId('phase-banner').count()).toBe(0)
  })
})
