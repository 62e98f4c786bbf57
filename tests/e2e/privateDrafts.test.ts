/**
 * Private drafting in Chromium, on a classroom board: a bull member (one browser context) drafts a
 * card in Prepare that the bear member's page (another context) never shows, and the moderator's
 * advance (a Node client, as the facilitation API is the lead's) puts it on both boards at once.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Page } from 'playwright-core'
import { readCards } from '../../shared/board/accessors.ts'
import { Format } from '../../shared/debate/formats.ts'
import { createBoard, destroyBoardDocuments } from '../../server/boards/createBoard.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { connectClient, type TestClient } from '../helpers/clients.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard, selectInArticle } from './pageActions.ts'

/** A passage of the first demo article, and the argument the bull team drafts from it. */
const QUOTE = '華爾街炸鍋'
const SECRET = 'Wall Street panicked over a guarantee nobody asked for'

let server: TestServer
let bull: Page
let bear: Page
let moderator: TestClient

/** A classroom board with the demo articles, in its first phase (Prepare, private drafting). */
async function createClassroomBoard() {
  const { id, tokens, documents } = await createBoard(server.store, {
    title: 'Is the AI boom sustainable?',
    format: Format.Classroom,
    articles: 'demo',
  })
  destroyBoardDocuments(documents)
  const link = (token: string) => `${server.url}/b/${id}#token=${token}`
  return { id, tokens, link }
}

beforeAll(async () => {
  server = await startTestServer()
  const board = await createClassroomBoard()
  const browser = await launchBrowser()
  bull = (await openPage(browser)).page
  bear = (await openPage(browser)).page
  await joinBoard(bull, board.link(board.tokens.bull), 'Ada')
  await joinBoard(bear, board.link(board.tokens.bear), 'Bo')
  moderator = await connectClient(server.url, board.id, { token: board.tokens.moderate })
})

/** The text of every card on a page's canvas. */
async function cardTexts(page: Page): Promise<string[]> {
  return page
    .getByTestId('card-text')
    .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value))
}

describe('private drafts in Chromium', () => {
  it('a bull member’s card in Prepare is a private draft the bear member’s page never shows; advancing puts it on both boards', async () => {
    for (const page of [bull, bear]) await page.getByTestId('drafts-banner').waitFor()
    expect(await bull.getByTestId('drafts-banner').textContent()).toContain(
      'Private draft — only your team and the moderator see this',
    )

    await selectInArticle(bull, QUOTE)
    // A bull member drafts for the bull side only: the bear button is not offered at all.
    expect(await bull.getByTestId('selection-bear').count()).toBe(0)
    await bull.getByTestId('selection-bull').click()
    const draft = bull.locator('[data-testid="card"][data-draft="true"]')
    await draft.getByTestId('draft-badge').waitFor()
    await draft.getByTestId('card-text').fill(SECRET)

    // Once the moderator has the draft, the server has had it to send to whoever may read it.
    await vi.waitFor(() => expect(moderator.provider.document('drafts/bull')).toBeDefined())
    const moderatorsCopy = moderator.provider.document('drafts/bull')!
    await vi.waitFor(() => expect(readCards(moderatorsCopy).map((card) => card.text)).toEqual([SECRET]))
    expect(readCards(moderator.doc)).toEqual([])
    expect(await bear.getByTestId('card').count()).toBe(0)
    expect(await bear.getByTestId('highlight').count()).toBe(0)
    expect(await bear.content()).not.toContain(SECRET)
    await saveScreenshot(bull, 'private-drafts-01-bull-drafting')
    await saveScreenshot(bear, 'private-drafts-02-bear-sees-nothing')

    await moderator.provider.facilitate({ type: 'advance' })

    await expect.poll(() => cardTexts(bear)).toEqual([SECRET])
    await expect.poll(() => cardTexts(bull)).toEqual([SECRET])
    // On the board now, for everyone: no longer a draft, and no drafts banner.
    expect(await bull.locator('[data-testid="card"][data-draft="true"]').count()).toBe(0)
    expect(await bull.getByTestId('drafts-banner').count()).toBe(0)
    expect(await bear.getByTestId('card-author').textContent()).toBe('by Ada')
    await saveScreenshot(bear, 'private-drafts-03-revealed')
  })
})
