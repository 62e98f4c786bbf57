/**
 * Adding an article in real Chromium, with two people on a blank board: pasted text becomes a tab for
 * both and a source of cards; an uploaded .txt file reaches the server byte for byte.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { readSources } from '../../shared/board/accessors.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { cardWithQuote, joinBoard, selectInArticle } from './pageActions.ts'

const PASTED_TITLE = 'AI 算力热潮 — compute boom'
const PASTED_SENTENCE = '市场担心这场热潮难以为继。'
const PASTED_TEXT = `OpenAI 的算力承诺高达1.4万亿美元，远超其收入。\n${PASTED_SENTENCE}但需求仍在增长。`
// Everything an upload must keep: CRLF, outer white space, a tab, emoji, trailing blank lines.
const FILE_TEXT = '  奧特曼澄清：我們不尋求政府擔保。\r\n\r\n\t市場需求遠超供應 📈\r\nThe end. \n\n'

let server: TestServer
let browser: Browser
let links: Record<'moderate' | 'edit' | 'view', string>
let boardId: string
let a: Page
let b: Page

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
  ;({ id: boardId, links } = await createBoardViaApi(server, {
    title: 'Reading club',
    motion: 'Compute demand will last',
    template: 'blank',
  }))
  a = (await openPage(browser)).page
  b = (await openPage(browser)).page
  await joinBoard(a, links.edit, 'Ada')
  await joinBoard(b, links.edit, 'Bo')
})

const selectedTab = (page: Page) => page.locator('[data-testid^="reader-tab-"][aria-selected="true"]')
const tabTitled = (page: Page, title: string) =>
  page.locator('[data-testid^="reader-tab-"]', { hasText: title })
const serverSources = () => server.registry.withRoom(boardId, (room) => readSources(room.document('board')))

describe('adding an article in Chromium', () => {
  it('invites editors of a blank board to add the first article, and offers viewers no button', async () => {
    await a.getByTestId('reader').getByText('No articles yet').waitFor()
    expect(await a.getByTestId('add-article').isVisible()).toBe(true)
    const { page: viewer } = await openPage(browser)
    await joinBoard(viewer, links.view, 'Viewer')
    await viewer.getByTestId('reader').getByText('No articles yet').waitFor()
    expect(await viewer.getByTestId('add-article').count()).toBe(0)
    await saveScreenshot(a, '13-blank-board-invites-first-article')
  })

  it('adds a pasted article, which both people see as the open tab within 2 s', async () => {
    await a.getByTestId('add-article').click()
    await a.getByTestId('article-title').fill(PASTED_TITLE)
    await a.getByTestId('article-title').press('Enter')
    await a.getByTestId('article-text').fill(PASTED_TEXT)
    expect(await a.getByTestId('add-article-dialog').isVisible()).toBe(true)
    expect(await a.getByTestId('article-language').inputValue()).toBe('zh-Hans')
    expect(await a.getByTestId('article-char-count').textContent()).toContain(
      `${PASTED_TEXT.length} / 500,000`,
    )
    await saveScreenshot(a, '14-add-article-dialog')

    await a.getByTestId('article-text').press('Control+Enter')
    await a.getByTestId('add-article-dialog').waitFor({ state: 'detached' })
    await expect.poll(() => selectedTab(a).textContent()).toContain(PASTED_TITLE)
    await tabTitled(b, PASTED_TITLE).waitFor({ timeout: 2_000 })
    await expect.poll(() => b.getByTestId('reader-article').textContent()).toContain(PASTED_SENTENCE)
    expect((await serverSources()).map((source) => source.text)).toEqual([PASTED_TEXT])
  })

  it('turns a sentence of the new article into a Bear card that B sees with the sentence as its quote', async () => {
    await selectInArticle(a, PASTED_SENTENCE)
    await a.getByTestId('selection-bear').click()
    const seenByB = cardWithQuote(b, PASTED_SENTENCE)
    await seenByB.waitFor({ timeout: 2_000 })
    expect(await seenByB.getAttribute('data-stance')).toBe('bear')
    await saveScreenshot(b, '15-card-from-added-article')
  })

  it('shows what to fix beside each field, saves nothing, and closes on Escape', async () => {
    await a.getByTestId('add-article').click()
    await a.getByTestId('article-url').fill('javascript:alert(1)')
    await a.getByTestId('article-save').click()
    for (const key of ['titleRequired', 'urlInvalid', 'textRequired'])
      await a.getByTestId(`article-problem-${key}`).waitFor()
    const titleHasFocus = await a.getByTestId('article-title').evaluate((el) => el === document.activeElement)
    expect(titleHasFocus).toBe(true)
    await saveScreenshot(a, '16-add-article-field-errors')
    await a.keyboard.press('Escape')
    await a.getByTestId('add-article-dialog').waitFor({ state: 'detached' })
    expect(await serverSources()).toHaveLength(1)
  })

  it('reads an uploaded .txt file and stores its text byte for byte', async () => {
    const bytes = Buffer.from(FILE_TEXT, 'utf8')
    await a.getByTestId('add-article').click()
    await a
      .getByTestId('article-file')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: bytes })
    await expect.poll(() => a.getByTestId('article-title').inputValue()).toBe('notes')
    expect(await a.getByTestId('article-language').inputValue()).toBe('zh-Hant')
    await a.getByTestId('article-save').click()

    await tabTitled(b, 'notes').waitFor({ timeout: 2_000 })
    const stored = (await serverSources()).find((source) => source.title === 'notes')
    expect(stored?.language).toBe('zh-Hant')
    expect(stored?.addedBy).toBe('Ada')
    expect(Buffer.from(stored?.text ?? '', 'utf8').equals(bytes)).toBe(true)
    await saveScreenshot(a, '17-uploaded-article')
  })
})
