/**
 * Sources you can trust, in Chromium, as a moderator would: import a PDF and a web page through the
 * server and cite both; fetch a new version of the page, see which cards moved, changed or lost their
 * passage, accept and re-point them; walk the coverage strip; search across scripts; remove an article.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { readCards, readSources } from '../../shared/board/accessors.ts'
import { importSettingsWith } from '../../server/sources/importSettings.ts'
import { serve, startArticleServer, type ArticleRoute } from '../helpers/articleServer.ts'
import { launchBrowser, openPage, recordCspViolations, saveScreenshot } from '../helpers/browser.ts'
import { sourceFixture } from '../helpers/sourceFixtures.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { cardWithQuote, joinBoard, selectInArticle } from './pageActions.ts'

const PAGE_V1 = sourceFixture('article.html').toString('utf8')
// The publisher's edit: a word changed, the key points moved up, the short sellers' sentence cut.
const LIST = /<h2>三個要點<\/h2>\n<ul>[\s\S]*?<\/ul>\n/
const PAGE_V2 = PAGE_V1.replace('算力需求遠超供給', '算力需求遠超供應')
  .replace(LIST, '')
  .replace('<p>他指出', `${LIST.exec(PAGE_V1)![0]}<p>他指出`)
  .replace('華爾街的部分分析師已經開始做空相關股票，', '')

const PDF_QUOTE = 'Investors keep pouring money into data centres'
const CHANGED = '算力需求遠超供給'
const MOVED = '政府不應挑選贏家或輸家。'
const GONE = '華爾街的部分分析師已經開始做空相關股票'
const REPOINTED = '市場情緒明顯轉向謹慎'

let server: TestServer
let browser: Browser
let page: Page
let boardId: string
let links: Record<string, string>
let pageVersion = PAGE_V1
const incidents: string[] = []

const tab = (title: string) => page.locator('[data-testid^="reader-tab-"]', { hasText: title })
const boardState = () =>
  server.registry.withRoom(boardId, (room) => ({
    sources: readSources(room.document('board')),
    cards: readCards(room.document('board')),
  }))

async function cite(quote: string, stance: 'bull' | 'bear') {
  await selectInArticle(page, quote)
  await page.getByTestId(`selection-${stance}`).click()
  await cardWithQuote(page, quote).waitFor()
}

beforeAll(async () => {
  const latest: ArticleRoute = (req, res) => serve('text/html; charset=utf-8', pageVersion)(req, res)
  const site = await startArticleServer({ '/news/altman.html': latest })
  server = await startTestServer({
    sourceImport: importSettingsWith({ URL_IMPORT_ALLOW_HOSTS: `127.0.0.1:${site.port}` }),
  })
  ;({ id: boardId, links } = await createBoardViaApi(server, {
    title: 'Compute boom',
    motion: 'The demand will last',
    format: 'free',
    articles: 'none',
  }))
  browser = await launchBrowser()
  page = (await openPage(browser)).page
  await recordCspViolations(page, incidents)
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`))
  await joinBoard(page, links.moderate!, 'Mod')
  // The page's address, for the import field.
  pageUrl = `${site.origin}/news/altman.html`
})
let pageUrl = ''

describe('sources you can trust, in Chromium', () => {
  it('[SR8] imports a PDF file and a web page through the server, and cites a passage of each', async () => {
    await page.getByTestId('add-article').click()
    await page.getByTestId('import-file').setInputFiles({
      name: 'article.pdf',
      mimeType: 'application/pdf',
      buffer: sourceFixture('article.pdf'),
    })
    await page.getByTestId('add-article-dialog').waitFor({ state: 'detached' })
    await tab('AI 热潮').waitFor()
    await cite(PDF_QUOTE, 'bull')

    await page.getByTestId('add-article').click()
    await page.getByTestId('import-url').fill(pageUrl)
    await saveScreenshot(page, '80-import-from-a-web-address')
    await page.getByTestId('import-url-go').click()
    await page.getByTestId('add-article-dialog').waitFor({ state: 'detached' })
    await tab('奧特曼澄清').waitFor()
    await expect
      .poll(async () => page.locator('[data-testid^="reader-tab-"][aria-selected="true"]').textContent())
      .toContain('奧特曼澄清')
    await cite(CHANGED, 'bear')
    await cite(MOVED, 'bull')
    await cite(GONE, 'bear')
    const { sources, cards } = await boardState()
    expect(sources.map((s) => s.url ?? null)).toEqual([null, pageUrl])
    expect(cards.map((card) => card.excerpt?.quote).sort()).toEqual([PDF_QUOTE, CHANGED, MOVED, GONE].sort())
    await saveScreenshot(page, '81-cards-from-a-pdf-and-a-web-page')
  })

  it('[SR8] an import the server refuses says why, in the dialog', async () => {
    await page.getByTestId('add-article').click()
    await page.getByTestId('import-url').fill('http://169.254.169.254/latest/meta-data')
    await page.getByTestId('import-url-go').click()
    const error = page.getByTestId('import-error')
    await error.waitFor()
    expect(await error.textContent()).toMatch(/address/i)
    await saveScreenshot(page, '82-import-refused')
    await page.keyboard.press('Escape')
    await page.getByTestId('add-article-dialog').waitFor({ state: 'detached' })
  })

  it('[SR5] [SR4] the moderator fetches a new version; the reader shows what moved and changed with a word diff; accepting and re-pointing clear it', async () => {
    pageVersion = PAGE_V2
    await page.getByTestId('manage-articles-open').click()
    const html = (await boardState()).sources[1]!
    await page.getByTestId(`manage-${html.id}`).getByRole('button', { name: 'Fetch the page again' }).click()
    await page.getByTestId('version-done').waitFor()
    expect(await page.getByTestId('version-done').textContent()).toBe(
      'Version 2: 1 moved, 1 changed, 1 not found. Check them in the reader.',
    )
    await saveScreenshot(page, '83-new-version-fetched')
    await page.getByTestId('manage-close').click()

    const drift = page.getByTestId('reader-drift')
    await drift.waitFor()
    expect(await drift.getByTestId('drift-entry').count()).toBe(2)
    const diff = drift.locator('[data-status="changed"]').getByTestId('word-diff')
    expect(await diff.locator('del').textContent()).toBe('給')
    expect(await diff.locator('ins').textContent()).toBe('應')
    await saveScreenshot(page, '84-drift-panel-with-word-diff')
    await drift.getByTestId('drift-accept-all').click()
    await drift.waitFor({ state: 'detached' })

    await page.getByTestId('reader-orphans-toggle').click()
    await page.getByTestId('orphan-repoint').click()
    await page.getByTestId('reader-repoint').waitFor()
    await selectInArticle(page, REPOINTED)
    await page.getByTestId('repoint-here').click()
    await page.getByTestId('reader-orphans').waitFor({ state: 'detached' })
    await cardWithQuote(page, REPOINTED).waitFor()
    const quotes = (await boardState()).cards.map((card) => card.excerpt?.quote)
    expect(quotes).toEqual(expect.arrayContaining(['算力需求遠超供應', MOVED, REPOINTED, PDF_QUOTE]))
    await saveScreenshot(page, '85-drift-accepted-and-orphan-re-pointed')
  })

  it('[SR6] the coverage strip shows what each side cites; a click and "Next unused passage" go to the passage; the moderator sees each team’s share', async () => {
    const strip = page.getByTestId('coverage-strip')
    const kinds = await strip
      .getByTestId('coverage-run')
      .evaluateAll((runs) => runs.map((r) => r.getAttribute('data-kind')))
    expect(kinds).toEqual(expect.arrayContaining(['bull', 'bear', 'unused']))
    await strip.locator('[data-kind="bull"]').first().click()
    await page.locator('[data-testid="highlight"].reader-flash[data-stance="bull"]').first().waitFor()
    await page.getByTestId('next-unused').click()
    await page.locator('[data-offset].reader-flash:not([data-testid="highlight"])').first().waitFor()
    expect(await page.getByTestId('team-coverage').textContent()).toMatch(
      /^Bull team 0% · Bear team 0% · no team [1-9]\d?% · unused \d+%$/,
    )
    await saveScreenshot(page, '86-coverage-strip-and-next-unused')
  })

  it('[SR7] a Simplified query finds the Traditional text', async () => {
    await page.getByTestId('article-search').fill('远超供应')
    await expect.poll(() => page.getByTestId('article-search-count').textContent()).toBe('1 of 1')
    await page.getByTestId('article-search').fill('华尔街')
    await expect.poll(() => page.getByTestId('article-search-count').textContent()).toBe('No match')
    await page.getByTestId('article-search').fill('政府')
    await expect.poll(() => page.getByTestId('article-search-count').textContent()).toMatch(/^1 of \d+$/)
    await saveScreenshot(page, '87-search-across-scripts')
    await page.getByTestId('article-search').fill('')
  })

  it('[SR3] an editor has no article management; the moderator removes the PDF and its card is listed as quoting a removed article', async () => {
    const { page: editor } = await openPage(browser)
    await joinBoard(editor, links.edit!, 'Ed')
    await editor.getByTestId('reader-article').waitFor()
    expect(await editor.getByTestId('manage-articles-open').count()).toBe(0)

    await page.getByTestId('manage-articles-open').click()
    const pdf = (await boardState()).sources[0]!
    const row = page.getByTestId(`manage-${pdf.id}`)
    await row.getByTestId('manage-remove').click()
    await saveScreenshot(page, '88-remove-confirmation')
    await row.getByTestId('manage-remove-yes').click()
    await row.waitFor({ state: 'detached' })
    await page.getByTestId('manage-close').click()
    await editor.getByTestId('removed-source-cards').waitFor()
    await editor.getByTestId('removed-source-cards').getByRole('button').first().click()
    expect(await editor.getByTestId('removed-source-card').textContent()).toContain(PDF_QUOTE)
    await saveScreenshot(editor, '89-cards-of-a-removed-article')
    expect((await boardState()).sources).toHaveLength(1)
    expect(incidents).toEqual([])
  })
})
