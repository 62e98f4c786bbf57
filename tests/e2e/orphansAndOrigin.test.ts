/**
 * An article whose text no longer holds a card's quote, and an article with a URL, in Chromium: the
 * orphaned card says so, the reader lists it, and "Open original" links to the passage on the web.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { makeExcerpt } from '../../shared/board/excerpt.ts'
import { addSource, createCard } from '../../shared/board/index.ts'
import { launchBrowser, openPage, recordCspViolations, saveScreenshot } from '../helpers/browser.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

const URL = 'https://example.com/markets/rates'
const ORIGINAL =
  'Markets in May.\nThe central bank raised rates by half a point, its largest rise in years. Prices followed in June, and rents rose fastest of all. Nobody was surprised.'
// The same article after its publisher cut the sentence about prices.
const EDITED =
  'Markets in May.\nThe central bank raised rates by half a point, its largest rise in years. Nobody was surprised.'
const KEPT_QUOTE = 'raised rates by half a point'
const LOST_QUOTE = 'Prices followed in June, and rents rose fastest of all.'

function excerptOf(quote: string) {
  const start = ORIGINAL.indexOf(quote)
  return makeExcerpt('rates', ORIGINAL, start, start + quote.length)
}

/** Appends to the board's log, before any room loads it, the edited article and two cards cut from the original. */
async function storeEditedArticle(server: TestServer, boardId: string) {
  const stored = (await server.store.loadBoard(boardId))?.documents.get('board')
  const doc = new Y.Doc()
  if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const { update } of stored?.updates ?? []) Y.applyUpdate(doc, update)
  const before = Y.encodeStateVector(doc)
  addSource(doc, { title: 'Rates', language: 'en', text: EDITED, url: URL, addedBy: 'Ada' }, { id: 'rates' })
  const author = { authorId: 'a', authorName: 'Ada' }
  createCard(
    doc,
    { stance: 'bull', text: 'Policy works.', x: 0, y: 80, excerpt: excerptOf(KEPT_QUOTE), ...author },
    { id: 'kept' },
  )
  createCard(
    doc,
    { stance: 'bear', text: 'Prices lead.', x: 420, y: 80, excerpt: excerptOf(LOST_QUOTE), ...author },
    { id: 'lost' },
  )
  await server.store.appendUpdate(boardId, 'board', Y.encodeStateAsUpdate(doc, before))
  doc.destroy()
}

describe('orphans and the original page in Chromium', () => {
  it('[SR1] [SR2] an orphaned card says its passage was not found, the article lists it and leads to it, and "Open original" carries the passage as an encoded text fragment', async () => {
    const server = await startTestServer()
    const board = await createBoardViaApi(server, {
      title: 'Rates',
      motion: 'Rates matter',
      template: 'blank',
    })
    await storeEditedArticle(server, board.id)

    const browser = await launchBrowser()
    const { page } = await openPage(browser)
    const incidents = await recordCspViolations(page)
    page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`))
    await joinBoard(page, board.links.edit, 'Reader')

    const lost = page.locator('[data-testid="card"][data-card-id="lost"]')
    const kept = page.locator('[data-testid="card"][data-card-id="kept"]')
    await lost.getByTestId('card-orphan').waitFor()
    expect(await lost.getByTestId('card-orphan').textContent()).toBe(
      'The article changed — this passage was not found',
    )
    expect(await lost.getByTestId('card-quote').textContent()).toContain(LOST_QUOTE)
    expect(await kept.getByTestId('card-orphan').count()).toBe(0)

    const link = kept.getByTestId('card-open-original')
    expect(await link.getAttribute('href')).toBe(
      `${URL}#:~:text=The%20central%20bank-,raised%20rates%20by%20half%20a%20point,-%2C%20its%20largest`,
    )
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer')

    const toggle = page.getByTestId('reader-orphans-toggle')
    expect(await toggle.textContent()).toBe('1 passage not found')
    await toggle.click()
    const orphan = page.getByTestId('reader-orphan')
    expect(await orphan.getAttribute('data-card-id')).toBe('lost')
    await saveScreenshot(page, '70-orphaned-card-and-article-orphan-list')
    await orphan.click()
    await page.locator('[data-testid="card"][data-card-id="lost"].card-selected').waitFor()
    await lost.screenshot({ path: 'test-artifacts/screenshots/71-orphaned-card-close-up.png' })
    expect(incidents).toEqual([])
  })
})
