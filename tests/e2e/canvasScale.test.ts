/**
 * The canvas's tools for big debates, in real Chromium on a board of linked and loose cards: the
 * search dims the cards that do not match and counts those that do (Traditional Chinese found by
 * Simplified), Arrange lays the argument tree out and one Ctrl+Z puts every card back, far away
 * cards show as their titles, the board map moves the view, and from further away the overview
 * draws every card. The steps share one page and run in order.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { createBoard, destroyBoardDocuments } from '../../server/boards/createBoard.ts'
import { createCard, linkCards } from '../../shared/board/mutators.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { cardPosition, joinBoard } from './pageActions.ts'

const CARDS = [
  { id: 'root', stance: 'bull', text: 'Capex on AI keeps paying off.', x: -320, y: 600 },
  { id: 'support', stance: 'bull', text: 'Cloud revenue grows faster than capex.', x: 0, y: 80 },
  { id: 'rebuttal', stance: 'bear', text: 'The power grid cannot keep up.', x: 740, y: 80 },
  { id: 'loose-1', stance: 'bear', text: '數據中心的資本開支仍在增加。', x: 420, y: 600 },
  { id: 'loose-2', stance: 'bull', text: 'Chips get cheaper every year.', x: 0, y: 340 },
] as const

let server: TestServer
let page: Page

beforeAll(async () => {
  server = await startTestServer()
  const { id, tokens, documents } = await createBoard(
    server.store,
    { title: 'A linked debate', motion: 'The AI boom is sustainable.', articles: 'none' },
    {
      prepare: ({ board }) => {
        for (const [i, card] of CARDS.entries())
          createCard(board, { ...card, authorId: 'ann', authorName: 'Ann' }, { id: card.id, now: i })
        linkCards(board, { from: 'support', to: 'root', kind: 'supports' })
        linkCards(board, { from: 'rebuttal', to: 'root', kind: 'rebuts' })
      },
    },
  )
  destroyBoardDocuments(documents)
  const browser = await launchBrowser()
  ;({ page } = await openPage(browser, { viewport: { width: 1440, height: 900 }, locale: 'en-US' }))
  await joinBoard(page, `${server.url}/b/${id}#token=${tokens.edit}`, 'Ann')
  await page.getByTestId('card').first().waitFor()
})

const dimmed = () => page.locator('.react-flow__node.card-dimmed').count()
const count = () => page.getByTestId('canvas-search-count').textContent()
type Positions = Record<(typeof CARDS)[number]['id'], { x: number; y: number }>
const positions = async () =>
  Object.fromEntries(
    await Promise.all(CARDS.map(async ({ id }) => [id, await cardPosition(page, id)] as const)),
  ) as Positions

describe('the canvas at scale in Chromium', () => {
  it('CV4 dims the cards the search leaves out, counts the matches, and finds Traditional by Simplified', async () => {
    const search = page.getByTestId('canvas-search-input')
    await search.fill('capex')
    await expect.poll(count).toBe('2 cards match')
    expect(await dimmed()).toBe(3)
    await saveScreenshot(page, 'canvas-search-capex')
    await search.fill('资本开支')
    await expect.poll(count).toBe('1 card matches')
    expect(await dimmed()).toBe(4)
    await search.press('Enter')
    await expect
      .poll(() => page.locator('[data-card-id="loose-1"]').getAttribute('class'))
      .toContain('card-selected')
    await page.getByTestId('canvas-filters-toggle').click()
    await search.fill('')
    await page.getByTestId('canvas-filter-stance').selectOption('bear')
    await expect.poll(count).toBe('2 cards match')
    await saveScreenshot(page, 'canvas-search-filter')
    await page.getByTestId('canvas-search-clear').click()
    await expect.poll(dimmed).toBe(0)
  })

  it('CV5 Arrange hangs the answers below the card they answer, and one Ctrl+Z puts every card back', async () => {
    const before = await positions()
    await page.getByTestId('arrange').click()
    await page.locator('.react-flow__controls-fitview').click()
    await expect.poll(async () => (await cardPosition(page, 'root')).y).not.toBe(before.root.y)
    const after = await positions()
    expect(after.support.y).toBeGreaterThan(after.root.y)
    expect(after.rebuttal.y).toBeGreaterThan(after.root.y)
    expect(after.support.y).toBe(after.rebuttal.y)
    await saveScreenshot(page, 'canvas-arranged')
    // The keys go to the canvas from a card, as a reader would press them.
    await page.locator('[data-card-id="root"] .card-header').click()
    await page.keyboard.press('Control+z')
    await page.locator('.react-flow__controls-fitview').click()
    await expect.poll(positions).toEqual(before)
  })

  it('CV3 shows far-away cards as their stance-coloured titles', async () => {
    const zoomOut = page.locator('.react-flow__controls-zoomout')
    while ((await page.getByTestId('card-title').count()) === 0) await zoomOut.click()
    expect(await page.getByTestId('card').count()).toBe(0)
    expect(await page.getByTestId('card-title').count()).toBe(CARDS.length)
    await saveScreenshot(page, 'canvas-titles')
  })

  it('CV7 centres the view on the point of the board map pressed', async () => {
    const map = page.locator('.react-flow__minimap svg')
    const [x, y, width] = (await map.getAttribute('viewBox'))!.split(' ').map(Number) as [
      number,
      number,
      number,
    ]
    const box = (await map.boundingBox())!
    const scale = width / box.width
    // The middle of the "rebuttal" card, on the map (its size as the map draws it: 280 x 180).
    const point = { x: (740 + 140 - x) / scale, y: (80 + 90 - y) / scale }
    await map.click({ position: point })
    const pane = (await page.locator('.react-flow__pane').boundingBox())!
    const centreOf = async () => {
      const card = (await page.locator('[data-card-id="rebuttal"]').boundingBox())!
      return { x: card.x + card.width / 2 - pane.x - pane.width / 2, y: card.y - pane.y - pane.height / 2 }
    }
    await expect.poll(async () => Math.abs((await centreOf()).x)).toBeLessThan(20)
    // A title is shorter than the map's card: its top sits above the middle of the pane.
    expect((await centreOf()).y).toBeLessThan(0)
  })

  it('CV8 draws the cards and links in one overview from further away, with no card node', async () => {
    const zoomOut = page.locator('.react-flow__controls-zoomout')
    // Bounded: an overview that never shows fails at waitFor, not at the test's timeout mid-loop.
    for (let presses = 0; presses < 30 && (await page.getByTestId('card-overview').count()) === 0; presses++)
      await zoomOut.click()
    await page.getByTestId('card-overview').waitFor()
    await expect.poll(() => page.getByTestId('card-title').count()).toBe(0)
    const overview = page.getByTestId('card-overview')
    expect((await overview.locator('.overview-bull').getAttribute('d'))!.match(/M/g)).toHaveLength(3)
    expect((await overview.locator('.overview-bear').getAttribute('d'))!.match(/M/g)).toHaveLength(2)
    expect(await overview.locator('.overview-link.link-rebuts').getAttribute('d')).toMatch(/^M.+L/)
    await saveScreenshot(page, 'canvas-overview')
  })
})
