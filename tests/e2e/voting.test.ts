/**
 * Votes in Chromium, three people each in their own browser context: a workshop's dot vote and a
 * classroom's impact vote, cast on the cards, revealed by the moderator from the facilitation panel,
 * then shown on every card and in the scoreboard chart (and on the projector). Screenshots of each step.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Browser, Page } from 'playwright-core'
import { createCard, linkCards } from '../../shared/board/mutators.ts'
import type { Format } from '../../shared/debate/formats.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { connectClient } from '../helpers/clients.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

type Stance = 'bull' | 'bear'

/** A board of `format` with these cards (and rebuttals) already on it, as if argued in earlier phases. */
async function boardWithCards(
  server: TestServer,
  format: Format,
  cards: Record<string, { stance: Stance; text: string; x: number; y: number }>,
  rebuttals: [from: string, to: string][] = [],
) {
  const board = await createBoardViaApi(server, {
    title: `Voting in a ${format}`,
    motion: 'The AI boom is sustainable.',
    format,
    articles: 'none',
  })
  const doc = new Y.Doc()
  const stored = (await server.store.loadBoard(board.id))?.documents.get('board')
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const { update } of stored?.updates ?? []) Y.applyUpdate(doc, update)
  const before = Y.encodeStateVector(doc)
  for (const [index, [id, card]] of Object.entries(cards).entries())
    createCard(doc, { ...card, authorId: 'seed', authorName: 'Seed' }, { id, now: index + 1 })
  for (const [from, to] of rebuttals) linkCards(doc, { from, to, kind: 'rebuts' })
  await server.store.appendUpdate(board.id, 'board', Y.encodeStateAsUpdate(doc, before))
  doc.destroy()
  return board
}

/** The moderator's API client moves the board on to its vote phase (the facilitation API). */
async function advanceToVote(server: TestServer, boardId: string, token: string, advances: number) {
  const { provider } = await connectClient(server.url, boardId, { token })
  for (let step = 0; step < advances; step++) await provider.facilitate({ type: 'advance' })
}

async function openPanel(mo: Page) {
  if (!(await mo.getByTestId('facilitation-panel').isVisible()))
    await mo.getByTestId('facilitation-toggle').click()
}

const cardOf = (page: Page, id: string) => page.locator(`[data-testid="card"][data-card-id="${id}"]`)

async function shootAll(pages: Record<string, Page>, step: string) {
  for (const [who, page] of Object.entries(pages)) await saveScreenshot(page, `voting-${step}-${who}`)
}

/** The number the chart writes on a side's first bar, its total (recharts writes no label on an empty bar). */
async function chartTotal(page: Page, stance: Stance, scope = '') {
  return page
    .locator(`${scope} [data-testid="scoreboard-chart"] text.score-label-${stance}`)
    .first()
    .textContent()
}

describe('votes in the browser', () => {
  let browser: Browser

  it('[SC5] a workshop’s dot vote by three people: dots spent, moved, refused past the budget, revealed, scored', async () => {
    const server = await startTestServer()
    const board = await boardWithCards(server, 'workshop', {
      w1: { stance: 'bull', text: 'Compute demand keeps compounding', x: 0, y: 80 },
      w2: { stance: 'bull', text: 'Margins widen as chips get cheaper', x: 0, y: 340 },
      w3: { stance: 'bear', text: 'Capex outruns revenue by years', x: 420, y: 80 },
      w4: { stance: 'bear', text: 'Power grids cannot keep up', x: 420, y: 340 },
    })
    browser = await launchBrowser()
    const mo = (await openPage(browser)).page
    const ada = (await openPage(browser)).page
    const bo = (await openPage(browser)).page
    const cy = (
      await openPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    ).page
    await joinBoard(mo, board.links.moderate, 'Ms Lin')
    await joinBoard(ada, board.links.edit, 'Ada')
    await joinBoard(bo, board.links.edit, 'Bo')
    await joinBoard(cy, board.links.edit, 'Cy')
    const voters = { ada, bo, cy }
    // Before the vote phase nobody sees a dot control (once the cards are drawn, or it proves nothing).
    await cardOf(ada, 'w1').waitFor()
    expect(await ada.getByTestId('dot-add').count()).toBe(0)
    await advanceToVote(server, board.id, board.tokens.moderate, 3)
    for (const page of Object.values(voters))
      await expect.poll(() => page.getByTestId('dots-left').textContent()).toBe('5 of 5 dots left')
    // The moderator runs the vote and does not vote (asked once their page is in the vote phase too).
    await mo.locator('[data-testid="phase-banner"][data-phase="dot-vote"]').waitFor()
    await cardOf(mo, 'w1').waitFor()
    expect(await mo.getByTestId('voting-bar').count()).toBe(0)
    expect(await mo.getByTestId('dot-add').count()).toBe(0)

    const addDots = async (page: Page, cardId: string, dots: number) => {
      for (let i = 0; i < dots; i++) {
        const before = await cardOf(page, cardId).getByTestId('dot-count').textContent()
        await cardOf(page, cardId).getByTestId('dot-add').click()
        await expect.poll(() => cardOf(page, cardId).getByTestId('dot-count').textContent()).not.toBe(before)
      }
    }
    await addDots(ada, 'w1', 3)
    await addDots(ada, 'w3', 2)
    await expect.poll(() => ada.getByTestId('dots-left').textContent()).toBe('0 of 5 dots left')
    expect(await cardOf(ada, 'w2').getByTestId('dot-add').isDisabled()).toBe(true)
    // Dots move until the vote closes: one off w3, onto w2 (with the keyboard).
    await cardOf(ada, 'w3').getByTestId('dot-remove').click()
    await expect.poll(() => ada.getByTestId('dots-left').textContent()).toBe('1 of 5 dots left')
    await cardOf(ada, 'w2').getByTestId('dot-add').focus()
    await ada.keyboard.press('Enter')
    await expect.poll(() => ada.getByTestId('dots-left').textContent()).toBe('0 of 5 dots left')
    await addDots(bo, 'w1', 2)
    await addDots(bo, 'w4', 1)
    // On the phone the article and the board take turns: Cy goes to the board and fits it to the screen.
    await cy.getByTestId('pane-switch-board').tap()
    await cy.locator('.react-flow__controls-fitview').tap()
    // Fitted to a phone the cards may be titles only (below the title zoom): Cy zooms in to read them.
    await expect
      .poll(async () => {
        if (await cardOf(cy, 'w3').getByTestId('dot-count').isVisible()) return true
        await cy.locator('.react-flow__controls-zoomin').tap()
        return false
      })
      .toBe(true)
    await addDots(cy, 'w3', 2)
    await expect.poll(() => cy.getByTestId('dots-left').textContent()).toBe('3 of 5 dots left')
    // Blind: nobody's page shows a count before the reveal.
    for (const page of [mo, ...Object.values(voters)])
      expect(await page.getByTestId('revealed-dots').count()).toBe(0)
    await shootAll({ moderator: mo, ada, bo, 'cy-phone': cy }, 'dots-1-cast')

    // The moderator lowers the budget to 3: Ada's taking a dot off w1 would leave 4 on the board, refused.
    await openPanel(mo)
    await mo.getByTestId('dot-budget').fill('3')
    await mo.getByTestId('dot-budget-set').click()
    await expect.poll(() => ada.getByTestId('dots-left').textContent()).toBe('0 of 3 dots left')
    await cardOf(ada, 'w1').getByTestId('dot-remove').click()
    await expect
      .poll(() => ada.getByTestId('vote-refused').textContent())
      .toBe('Your vote was refused: You have 1 of your 3 dots left for this card.')
    await saveScreenshot(ada, 'voting-dots-2-refused-ada')

    expect(await mo.getByTestId('reveal-outcome').textContent()).toContain('Not revealed yet')
    await mo.getByTestId('reveal-votes').click()
    await expect.poll(() => mo.getByTestId('reveal-outcome').textContent()).toBe('Revealed: 3 people voted.')
    // w1: 3 + 2, w2: 1, w3: 1 + 2, w4: 1 — Ada's refused ballot changed nothing.
    const expected = { w1: '5', w2: '1', w3: '3', w4: '1' }
    for (const page of [mo, ...Object.values(voters)])
      for (const [cardId, dots] of Object.entries(expected))
        await expect
          .poll(() => cardOf(page, cardId).getByTestId('revealed-dots').getAttribute('data-dots'))
          .toBe(dots)
    await mo.keyboard.press('Escape')
    await mo.getByTestId('open-scoreboard').click()
    await mo.getByTestId('scoreboard-chart').waitFor()
    expect(await chartTotal(mo, 'bull')).toBe('6')
    expect(await chartTotal(mo, 'bear')).toBe('4')
    expect(await mo.getByTestId('strongest-bull').locator('li').allTextContents()).toEqual([
      'Compute demand keeps compounding score 5',
      'Margins widen as chips get cheaper score 1',
    ])
    await shootAll({ moderator: mo, ada, 'cy-phone': cy }, 'dots-3-revealed')
    await cy.getByTestId('header-menu').click()
    await cy.getByTestId('open-scoreboard').click()
    await cy.getByTestId('scoreboard-chart').waitFor()
    await saveScreenshot(cy, 'voting-dots-4-scoreboard-cy-phone')
  }, 240_000)

  it('[SC6] a classroom’s impact vote by three people: rated, revealed, the chart shows bull against bear', async () => {
    const server = await startTestServer()
    const board = await boardWithCards(
      server,
      'classroom',
      {
        c1: { stance: 'bull', text: 'Cloud revenue grows 40% a year', x: 0, y: 80 },
        c2: { stance: 'bull', text: 'Inference costs fall tenfold', x: 0, y: 340 },
        c3: { stance: 'bear', text: 'The bill for data centres is unpaid', x: 420, y: 80 },
      },
      [['c3', 'c1']],
    )
    browser = await launchBrowser()
    const mo = (await openPage(browser)).page
    const ada = (await openPage(browser)).page
    const bo = (await openPage(browser)).page
    const cy = (await openPage(browser)).page
    const projector = (await openPage(browser)).page
    await joinBoard(mo, board.links.moderate, 'Mr Wu')
    await joinBoard(ada, board.links.bull, 'Ada')
    await joinBoard(bo, board.links.bear, 'Bo')
    await joinBoard(cy, board.links.edit, 'Cy')
    await projector.goto(board.links.projector)
    await projector.locator('[data-testid="connection-status"][data-status="connected"]').waitFor()
    await advanceToVote(server, board.id, board.tokens.moderate, 3)

    const rate = async (page: Page, cardId: string, strength: number, relevance: number) => {
      const card = cardOf(page, cardId)
      await card.getByTestId('impact-open').click()
      const popover = card.getByTestId('impact-popover')
      await popover.getByTestId('impact-strength').getByText(String(strength), { exact: true }).click()
      await popover.getByTestId('impact-relevance').getByText(String(relevance), { exact: true }).click()
      await expect
        .poll(() => card.getByTestId('impact-open').textContent())
        .toBe(`Rated ${strength} · ${relevance}`)
      await popover.getByTestId('impact-close').click()
    }
    for (const page of [ada, bo, cy]) await cardOf(page, 'c1').getByTestId('impact-open').waitFor()
    await rate(ada, 'c1', 4, 4)
    await rate(ada, 'c2', 2, 2)
    await rate(ada, 'c3', 1, 2)
    await rate(bo, 'c1', 4, 2)
    await rate(bo, 'c3', 3, 4)
    await rate(cy, 'c1', 2, 4)
    await rate(cy, 'c2', 4, 2)
    // Cy opens c3's popover to show it in the screenshot, then rates it.
    await cardOf(cy, 'c3').getByTestId('impact-open').click()
    await saveScreenshot(cy, 'voting-impact-1-popover-cy')
    await cardOf(cy, 'c3').getByTestId('impact-close').click()
    await rate(cy, 'c3', 2, 2)
    expect(await projector.getByTestId('projector-scoreboard').count()).toBe(0)
    await mo.getByTestId('open-scoreboard').click()
    await mo.getByTestId('scoreboard-empty').waitFor()
    await saveScreenshot(mo, 'voting-impact-2-scoreboard-empty-moderator')
    await mo.keyboard.press('Escape')

    await openPanel(mo)
    await mo.getByTestId('reveal-votes').click()
    await expect.poll(() => mo.getByTestId('reveal-outcome').textContent()).toBe('Revealed: 3 people voted.')
    // Impact = mean strength × mean relevance / 4: c1 (10/3)²/4 = 2.78, c2 3 × 2 / 4 = 1.5, c3 2 × (8/3) / 4 = 1.33.
    const impacts = { c1: '2.78', c2: '1.5', c3: '1.33' }
    for (const page of [mo, ada, bo, cy, projector])
      for (const [cardId, impact] of Object.entries(impacts))
        await expect
          .poll(() => cardOf(page, cardId).getByTestId('revealed-impact').getAttribute('data-impact'))
          .toBe(impact)
    // Bull 2.78 + 1.5, bear 1.33; no article quoted; c2 and c3 nobody rebutted.
    await projector.getByTestId('projector-scoreboard').waitFor()
    expect(await chartTotal(projector, 'bull', '[data-testid="projector-scoreboard"]')).toBe('4.28')
    expect(await chartTotal(projector, 'bear', '[data-testid="projector-scoreboard"]')).toBe('1.33')
    await mo.keyboard.press('Escape')
    await mo.getByTestId('open-scoreboard').click()
    await mo.getByTestId('scoreboard-chart').waitFor()
    expect(await chartTotal(mo, 'bull')).toBe('4.28')
    expect(await mo.getByTestId('unanswered-bull').locator('li').allTextContents()).toEqual([
      'Inference costs fall tenfold',
    ])
    await shootAll({ moderator: mo, ada, projector }, 'impact-3-revealed')
  }, 240_000)
})
