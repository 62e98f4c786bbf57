/** Access and safety as a person meets them in Chromium: view links are read-only, payloads stay text, CSP holds. */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import * as Y from 'yjs'
import { addSource, createCard, readCards } from '../../shared/board/index.ts'
import { connectClient } from '../helpers/clients.ts'
import { launchBrowser, openPage, recordCspViolations, saveScreenshot } from '../helpers/browser.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard, selectInArticle } from './pageActions.ts'

const XSS = {
  cardText: '<img src=x onerror="window.__xss=1"> card',
  authorName: '<script>window.__xss=2</script>',
  sourceTitle: '<img src=x onerror="window.__xss=3">',
  displayName: '<img src=x onerror="window.__xss=4">',
}

let server: TestServer
let browser: Browser
let links: Record<'moderate' | 'edit' | 'view', string>

/** Records CSP violations, page errors and dialogs a page raises: each means something ran that should not. */
async function watchForScripts(page: Page) {
  const incidents = await recordCspViolations(page)
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`))
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return incidents
}

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
  const board = await createBoardViaApi(server, {
    title: 'Safety board',
    motion: 'Payloads stay text',
    template: 'ai-boom',
  })
  links = board.links
  const boardId = board.id
  const token = board.tokens.edit
  const writer = await connectClient(server.url, boardId, { token, doc: new Y.Doc() })
  addSource(writer.doc, {
    title: XSS.sourceTitle,
    language: 'en',
    text: 'Plain <b>text</b> here.',
    addedBy: 'x',
  })
  createCard(writer.doc, {
    stance: 'bull',
    x: 0,
    y: 80,
    text: XSS.cardText,
    authorId: 'x',
    authorName: XSS.authorName,
  })
  // Destroying the provider at once could drop the update before it leaves the socket.
  await vi.waitFor(async () => {
    expect(await server.registry.withRoom(boardId, (room) => readCards(room.document('board')).length)).toBe(
      1,
    )
  })
  writer.provider.destroy()
})

describe('access and safety in Chromium', () => {
  it('[AC23] makes the board read-only for the holder of a view link', async () => {
    const { page } = await openPage(browser)
    await joinBoard(page, links.view, 'Viewer')
    await page.getByTestId('read-only-badge').waitFor()
    expect(await page.getByTestId('board').getAttribute('data-read-only')).toBe('true')
    const cardText = page.getByTestId('card-text').first()
    expect(await cardText.evaluate((element) => (element as HTMLTextAreaElement).readOnly)).toBe(true)

    await selectInArticle(page, '(annualized revenue run rate)')
    expect(await page.getByTestId('selection-toolbar').count()).toBe(0)
    await saveScreenshot(page, '10-view-link-read-only')
  })

  it('[AC24] renders script payloads in card text, names and article titles as plain text and runs nothing', async () => {
    const { page: viewer } = await openPage(browser)
    const viewerIncidents = await watchForScripts(viewer)
    const { page: editor } = await openPage(browser)
    const editorIncidents = await watchForScripts(editor)
    await joinBoard(editor, links.edit, XSS.displayName)
    await joinBoard(viewer, links.view, 'Viewer')

    await viewer.getByTestId('card-text').first().waitFor()
    expect(
      await viewer
        .getByTestId('card-text')
        .evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value)),
    ).toContain(XSS.cardText)
    await viewer.getByText(XSS.authorName, { exact: false }).first().waitFor()
    await viewer.locator('[data-testid^="reader-tab-"]', { hasText: XSS.sourceTitle }).waitFor()
    await expect.poll(() => viewer.locator('[data-testid="avatars"]').innerHTML()).toContain('&lt;img')

    for (const page of [viewer, editor])
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
    expect(await viewer.locator('img[src="x"]').count()).toBe(0)
    expect([...viewerIncidents, ...editorIncidents]).toEqual([])
    await saveScreenshot(viewer, '11-payloads-render-as-text')
  })

  it('[AC25] serves every page with a strict Content-Security-Policy under which the client runs without violations', async () => {
    const { page } = await openPage(browser)
    const incidents = await watchForScripts(page)
    for (const path of ['/', '/b/demo']) {
      const response = await page.goto(`${server.url}${path}`)
      const csp = response!.headers()['content-security-policy'] ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/)
    }
    await joinBoard(page, `${server.url}/b/demo`, 'Csp')
    await page.getByTestId('card').first().waitFor()
    expect(incidents).toEqual([])

    // The watch is live: an inline script, which the policy forbids, is recorded.
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'void 0'
      document.head.append(script)
    })
    await expect.poll(() => incidents.join('\n')).toContain('script-src')
  })
})
