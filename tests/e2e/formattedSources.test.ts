/**
 * Imported articles as they read, in Chromium: a Markdown file shows headings and bold text (SR9), a
 * card from a PDF names its page (SR11), and on a phone the reader's tools — search, coverage, drift,
 * article management — stay inside the 390 px screen (SR12).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { readCards, readSources } from '../../shared/board/accessors.ts'
import { citedPages } from '../../shared/sources/citedPages.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { sourceFixture } from '../helpers/sourceFixtures.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { cardWithQuote, joinBoard, selectInArticle } from './pageActions.ts'

const PDF_QUOTE = 'Investors keep pouring money into data centres'
const MD_QUOTE = '亏损也在扩大'

let server: TestServer
let browser: Browser
let page: Page
let boardId: string
let links: Record<string, string>

const tab = (title: string) => page.locator('[data-testid^="reader-tab-"]', { hasText: title })
const boardState = () =>
  server.registry.withRoom(boardId, (room) => ({
    sources: readSources(room.document('board')),
    cards: readCards(room.document('board')),
  }))

async function importFile(name: string, mimeType: string) {
  await page.getByTestId('add-article').click()
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: sourceFixture(name) })
  await page.getByTestId('add-article-dialog').waitFor({ state: 'detached' })
}

async function cite(quote: string, stance: 'bull' | 'bear') {
  await selectInArticle(page, quote)
  await page.getByTestId(`selection-${stance}`).click()
  await cardWithQuote(page, quote).waitFor()
}

beforeAll(async () => {
  server = await startTestServer()
  ;({ id: boardId, links } = await createBoardViaApi(server, {
    title: 'Formatted articles',
    motion: 'The demand will last',
    format: 'free',
    articles: 'none',
  }))
  browser = await launchBrowser()
  page = (await openPage(browser)).page
  await joinBoard(page, links.moderate!, 'Mod')
})

describe('imported articles as they read', () => {
  it('[SR9] a Markdown article shows its headings as heading elements and its bold text bold, with no Markdown marks', async () => {
    await importFile('article.md', 'text/markdown')
    const article = page.getByTestId('reader-article')
    await article.locator('h3', { hasText: '生成式AI热潮能否持续？' }).waitFor()
    expect(await article.locator('h4').allTextContents()).toEqual(['看多的理由', '看空的理由'])
    const bold = article.locator('strong', { hasText: '数据中心' })
    expect(await bold.evaluate((el) => Number(getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600)
    expect(await article.textContent()).not.toMatch(/\*\*|^#|!\[/)
    // Selection still reads the plain text: a card quotes exactly the words selected.
    await cite(MD_QUOTE, 'bear')
    await saveScreenshot(page, '90-markdown-article-formatted')
  })

  it('[SR11] a card citing a PDF article shows the page of its passage', async () => {
    await importFile('article.pdf', 'application/pdf')
    await tab('AI 热潮').waitFor()
    await cite(PDF_QUOTE, 'bull')
    const { sources, cards } = await boardState()
    const pdf = sources.find((s) => s.pages)!
    const excerpt = cards.find((c) => c.excerpt?.quote === PDF_QUOTE)!.excerpt!
    const { first } = citedPages(pdf.pages, excerpt)!
    const chipPage = cardWithQuote(page, PDF_QUOTE).getByTestId('card-quote-page')
    expect(await chipPage.textContent()).toBe(`p. ${first}`)
    await saveScreenshot(page, '91-pdf-card-with-page')
  })

  it('[SR12] on a phone the reader’s tools row (search, next unused, coverage, drift, manage articles) stays inside 390 px', async () => {
    // A new version of the Markdown article that moves the cited passage: the drift panel shows.
    const { sources } = await boardState()
    const md = sources.find((s) => s.blocks)!
    const moved = `# 新的开头\n\n先加一段新的文字。\n\n${sourceFixture('article.md').toString('utf8')}`
    const answer = await fetch(`${server.url}/api/boards/${boardId}/sources/${md.id}/versions`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${links.moderate!.split('#token=')[1]}`,
        'x-filename': 'article.md',
      },
      body: moved,
    })
    expect(answer.status).toBe(200)

    const phone = await openPage(browser, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      locale: 'zh-CN',
    })
    await joinBoard(phone.page, links.moderate!, '主持人')
    const p = phone.page
    await p.locator('[data-testid^="reader-tab-"]', { hasText: '生成式AI' }).first().tap()
    await p.getByTestId('reader-drift').waitFor()
    await p.getByTestId('coverage-strip').waitFor()
    const overflow = await p.evaluate(() => {
      const ids = ['reader', 'reader-drift', 'coverage-strip', 'next-unused', 'manage-articles-open']
      const outside = ids.flatMap((id) => {
        const el = document.querySelector(`[data-testid="${id}"]`)
        if (!el) return [`${id}: missing`]
        const box = el.getBoundingClientRect()
        return box.left < 0 || box.right > 390 ? [`${id}: ${box.left}–${box.right}`] : []
      })
      const tools = document.querySelector('.reader-tools')
      for (const el of tools ? Array.from(tools.querySelectorAll('*')) : ['no .reader-tools']) {
        if (typeof el === 'string') outside.push(el)
        else if (el.getBoundingClientRect().right > 390) outside.push(`${el.className}: too wide`)
      }
      return { outside, page: document.documentElement.scrollWidth }
    })
    await saveScreenshot(p, '92-phone-reader-tools')
    expect(overflow.outside).toEqual([])
    expect(overflow.page).toBeLessThanOrEqual(390)
    await phone.context.close()
  })
})
