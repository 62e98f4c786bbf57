/**
 * One malformed card, written straight into storage past every check the server makes, as a bug or
 * an old server could have left it: the board still opens with all its other cards.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createCard, getBoardRoots } from '../../shared/board/index.ts'
import {
  ARTIFACTS_DIR,
  launchBrowser,
  openPage,
  recordCspViolations,
  saveScreenshot,
} from '../helpers/browser.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

const GOOD_CARDS = [
  { stance: 'bull', text: 'Revenue is compounding fast.', x: 0, y: 80 },
  { stance: 'bear', text: 'The losses grow with every model.', x: 420, y: 80 },
  { stance: 'bull', text: 'Demand for compute outruns supply.', x: 0, y: 340 },
] as const

/** Appends to the board's log, before any room has loaded it, an update adding good cards and one hostile card. */
async function storeBoardWithHostileCard(server: TestServer, boardId: string) {
  const stored = (await server.store.loadBoard(boardId))?.documents.get('board')
  const doc = new Y.Doc()
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const { update } of stored?.updates ?? []) Y.applyUpdate(doc, update)
  const before = Y.encodeStateVector(doc)
  for (const [index, card] of GOOD_CARDS.entries())
    createCard(doc, { ...card, authorId: 'a', authorName: 'Ada' }, { now: index + 1 })
  doc.transact(() => {
    const hostile = new Y.Map<unknown>()
    getBoardRoots(doc).cards.set('hostile', hostile)
    hostile.set('stance', 'bear')
    // String() throws on this: "Cannot convert object to primitive value".
    hostile.set('authorName', { toString: 1 })
    hostile.set('authorId', 'mallory')
    hostile.set('text', 42)
    hostile.set('x', 'left')
    hostile.set('y', 600)
    hostile.set('excerpt', { sourceId: 7, quote: { toString: 1 }, start: 'a', end: [] })
    hostile.set('createdAt', 10)
  })
  await server.store.appendUpdate(boardId, 'board', Y.encodeStateAsUpdate(doc, before))
  doc.destroy()
}

describe('a malformed card in Chromium', () => {
  it('[AC33] a board holding a card with hostile fields shows every other card and a small error card in its place', async () => {
    const server = await startTestServer()
    const board = await createBoardViaApi(server, {
      title: 'Hostile card',
      motion: 'One value',
      template: 'ai-boom',
    })
    await storeBoardWithHostileCard(server, board.id)

    const browser = await launchBrowser()
    const { page } = await openPage(browser)
    const incidents = await recordCspViolations(page)
    page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`))
    await joinBoard(page, board.links.edit, 'Reader')

    const errorCard = page.getByTestId('card-unreadable')
    await errorCard.waitFor()
    expect(await errorCard.textContent()).toContain('This card could not be shown')
    expect(await errorCard.getAttribute('data-card-id')).toBe('hostile')
    await expect
      .poll(() =>
        page
          .getByTestId('card-text')
          .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value)),
      )
      .toEqual(expect.arrayContaining(GOOD_CARDS.map((card) => card.text)))
    expect(await page.getByTestId('card').count()).toBe(GOOD_CARDS.length)
    expect(incidents).toEqual([])
    await saveScreenshot(page, '40-malformed-card-shows-as-error-card')
    await page
      .getByTestId('canvas')
      .screenshot({ path: `${ARTIFACTS_DIR}/41-error-card-close-up.png`, scale: 'device' })
  })
})
