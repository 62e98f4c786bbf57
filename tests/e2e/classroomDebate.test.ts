/**
 * A whole Classroom debate in Chromium with three people, each in their own browser context: the
 * moderator runs it from the board's own controls, a bull member and a bear member argue. Drafting in
 * private, the reveal, a rebuttal linked to the other side's card, a spotlight both follow, a lock
 * both see and cannot get past, then the vote and the result. Screenshots of each phase.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { readCards } from '../../shared/board/accessors.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { cardWithQuote, dragMouse, joinBoard, selectInArticle } from './pageActions.ts'

const BULL_QUOTE = '我們認為政府不應選擇贏家或輸家'
const BEAR_QUOTE = '華爾街炸鍋'
const REBUTTAL_QUOTE = '納稅人也不應為企業的錯誤決策或市場失利埋單'
const BULL_ARGUMENT = 'No bailout means discipline: the boom pays its own way'
const BEAR_ARGUMENT = 'Wall Street panicked: financing 1.4 trillion is the weak spot'
const REBUTTAL = 'Discipline cuts both ways: no backstop means no cheap debt'

let server: TestServer
let boardId: string
let mo: Page
let bull: Page
let bear: Page

beforeAll(async () => {
  server = await startTestServer()
  const board = await createBoardViaApi(server, {
    title: 'Is the AI boom sustainable?',
    motion: 'The AI boom is sustainable.',
    format: 'classroom',
    articles: 'demo',
  })
  boardId = board.id
  const browser = await launchBrowser()
  mo = (await openPage(browser)).page
  bull = (await openPage(browser)).page
  bear = (await openPage(browser)).page
  await joinBoard(mo, board.links.moderate, 'Ms Lin')
  await joinBoard(bull, board.links.bull, 'Ada')
  await joinBoard(bear, board.links.bear, 'Bo')
})

const everyone = () => [mo, bull, bear]

async function phaseOf(page: Page) {
  return (await page.getByTestId('phase-name').textContent())?.trim()
}

/** The moderator presses Next in the facilitation panel; every page's banner then names `phase`. */
async function advanceTo(phase: string) {
  const panel = mo.getByTestId('facilitation-panel')
  if (!(await panel.isVisible())) await mo.getByTestId('facilitation-toggle').click()
  await mo.getByTestId('phase-next').click()
  for (const page of everyone()) await expect.poll(() => phaseOf(page)).toBe(phase)
}

/** Makes a card of `stance` from a passage on a participant's page and writes its argument. */
async function argue(page: Page, stance: 'bull' | 'bear', quote: string, text: string, tab?: string) {
  if (tab) await page.locator('[data-testid^="reader-tab-"]', { hasText: tab }).click()
  await selectInArticle(page, quote)
  await page.getByTestId(`selection-${stance}`).click()
  const card = cardWithQuote(page, quote)
  await card.getByTestId('card-text').fill(text)
  return card
}

async function shootAll(step: string) {
  await saveScreenshot(mo, `classroom-${step}-moderator`)
  await saveScreenshot(bull, `classroom-${step}-bull`)
  await saveScreenshot(bear, `classroom-${step}-bear`)
}

async function boardCards() {
  const room = await server.registry.acquire(boardId)
  server.registry.release(boardId)
  return readCards(room.document('board'))
}

describe('a classroom debate with three people', () => {
  it('Prepare: each team drafts in private, and neither sees the other’s drafts', async () => {
    for (const page of everyone()) await expect.poll(() => phaseOf(page)).toBe('Prepare')
    await argue(bull, 'bull', BULL_QUOTE, BULL_ARGUMENT)
    await argue(bear, 'bear', BEAR_QUOTE, BEAR_ARGUMENT)
    // The bear member's page never gets the bull draft, nor the bull member's the bear draft.
    await expect.poll(async () => bull.getByTestId('card').count()).toBe(1)
    expect(await bear.getByTestId('card').count()).toBe(1)
    expect(await bear.content()).not.toContain(BULL_ARGUMENT)
    expect(await bull.content()).not.toContain(BEAR_ARGUMENT)
    expect(await boardCards()).toEqual([])
    await shootAll('1-prepare')
  })

  it('Openings: the moderator’s Next reveals both teams’ drafts on everyone’s board', async () => {
    await advanceTo('Openings')
    for (const page of everyone()) {
      await cardWithQuote(page, BULL_QUOTE).waitFor()
      await cardWithQuote(page, BEAR_QUOTE).waitFor()
    }
    expect((await boardCards()).map((card) => card.text).sort()).toEqual(
      [BEAR_ARGUMENT, BULL_ARGUMENT].sort(),
    )
    await shootAll('2-openings')
  })

  it('Rebuttal: the bear member answers the bull card with a linked rebuttal the others see', async () => {
    await advanceTo('Rebuttal')
    const rebuttal = await argue(bear, 'bear', REBUTTAL_QUOTE, REBUTTAL)
    await bear.keyboard.press('Escape')
    await bear.locator('.react-flow__controls-fitview').click()
    const bullCardId = await cardWithQuote(bear, BULL_QUOTE).getAttribute('data-card-id')
    await dragMouse(
      bear,
      rebuttal.locator('.react-flow__handle-left'),
      bear.locator(`[data-card-id="${bullCardId}"] .react-flow__handle-right`),
    )
    await bear.getByTestId('link-kind-rebuts').click()
    for (const page of [mo, bull])
      await expect.poll(() => page.locator('[data-testid="link"][data-link-kind="rebuts"]').count()).toBe(1)
    await shootAll('3-rebuttal')
  })

  it('Spotlight: both participants follow the moderator until released', async () => {
    await mo.keyboard.press('Escape')
    await mo.getByTestId('presenter-menu').click()
    await mo.getByTestId('spotlight-on').click()
    for (const page of [bull, bear])
      await expect.poll(() => page.getByTestId('follow-bar').getAttribute('data-kind')).toBe('spotlight')
    expect(await bull.getByTestId('follow-bar').textContent()).toContain('Ms Lin is presenting')
    await shootAll('4-spotlight')
    await mo.getByTestId('spotlight-stop').click()
    for (const page of [bull, bear]) await page.getByTestId('follow-bar').waitFor({ state: 'detached' })
  })

  it('Lock: both see the board locked and cannot make a card; unlocked, they can again', async () => {
    const before = (await boardCards()).length
    if (!(await mo.getByTestId('facilitation-panel').isVisible()))
      await mo.getByTestId('facilitation-toggle').click()
    await mo.getByTestId('board-lock').click()
    for (const page of [bull, bear]) await page.getByTestId('phase-locked').waitFor()
    await selectInArticle(bull, BEAR_QUOTE)
    const button = bull.getByTestId('selection-bull')
    expect(await button.getAttribute('aria-disabled')).toBe('true')
    // Pressed anyway (Playwright would wait for an aria-disabled button to be enabled): nothing is made.
    await button.click({ force: true })
    expect(await bull.getByTestId('card').count()).toBe(3)
    expect(await boardCards()).toHaveLength(before)
    await shootAll('5-locked')
    await mo.getByTestId('board-lock').click()
    for (const page of [bull, bear]) await page.getByTestId('phase-locked').waitFor({ state: 'detached' })
  })

  it('Vote and Result: the board is read-only to the teams, and the result is on every screen', async () => {
    await advanceTo('Vote')
    await selectInArticle(bear, BULL_QUOTE)
    expect(await bear.getByTestId('selection-bear').getAttribute('aria-disabled')).toBe('true')
    await shootAll('6-vote')
    await advanceTo('Result')
    await shootAll('7-result')
    expect(await boardCards()).toHaveLength(3)
  })
})
