/**
 * The board header's Export menu in Chromium: the Markdown brief of the demo board, PNGs of the view
 * and of the whole board (checked as images, not only as files), a JSON export imported back from the
 * landing page into an equal board, a bad file's error, and the menu on a phone.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { readCards } from '../../shared/board/accessors.ts'
import { ARTIFACTS_DIR, launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

let server: TestServer
let page: Page
const DOWNLOADS = path.resolve('test-artifacts/exports')

beforeAll(async () => {
  server = await startTestServer()
  const browser = await launchBrowser()
  page = (await openPage(browser)).page
  await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, 'Exporter')
  await page.getByTestId('card').first().waitFor()
  fs.mkdirSync(DOWNLOADS, { recursive: true })
})

async function demoCards() {
  const room = await server.registry.acquire(DEMO_BOARD_ID)
  server.registry.release(DEMO_BOARD_ID)
  return readCards(room.document('board'))
}

/** Picks `kind` in the Export menu of `on` and saves what downloads; its name and bytes. */
async function exportFrom(on: Page, kind: string): Promise<{ name: string; bytes: Buffer; file: string }> {
  const panel = on.getByTestId('export-menu-panel')
  if (!(await panel.isVisible())) await on.getByTestId('export-menu').click()
  const [download] = await Promise.all([
    on.waitForEvent('download'),
    on.getByTestId(`export-${kind}`).click(),
  ])
  const file = path.join(DOWNLOADS, download.suggestedFilename())
  await download.saveAs(file)
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file), file }
}

/** The PNG's width and height from its IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** Decodes the PNG in the browser: how many distinct colours a sample of its pixels has, and its corner's. */
async function pixelsOf(bytes: Buffer): Promise<{ colours: number; corner: number[] }> {
  return page.evaluate(async (base64) => {
    // From the bytes, not a data: URL: the app's CSP keeps fetch to its own origin.
    const binary = atob(base64)
    const blob = new Blob([Uint8Array.from(binary, (char) => char.charCodeAt(0))], { type: 'image/png' })
    const bitmap = await createImageBitmap(blob)
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')!
    context.drawImage(bitmap, 0, 0)
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data
    const colours = new Set<number>()
    const step = Math.max(4, Math.floor(data.length / 4 / 20_000) * 4)
    for (let at = 0; at < data.length; at += step)
      colours.add((data[at]! << 16) | (data[at + 1]! << 8) | data[at + 2]!)
    return { colours: colours.size, corner: [data[0]!, data[1]!, data[2]!, data[3]!] }
  }, bytes.toString('base64'))
}

describe('XM Export menu', () => {
  it('XM1 the Markdown brief downloads with every card’s quote, named after the board', async () => {
    const { name, bytes } = await exportFrom(page, 'briefMarkdown')
    await saveScreenshot(page, 'export-menu-open')
    expect(name).toMatch(/-brief\.md$/)
    const title = (await page.getByTestId('board-title').first().textContent())?.trim() ?? ''
    expect(name.startsWith(title.split(/\s+/)[0]!.replace(/[?:]/g, ''))).toBe(true)
    const markdown = bytes.toString('utf8')
    const quoted = (await demoCards()).filter((card) => card.excerpt)
    expect(quoted.length).toBeGreaterThan(0)
    for (const card of quoted) expect(markdown).toContain(card.excerpt!.quote.slice(0, 20))
    await expect.poll(() => page.getByTestId('export-status').getAttribute('data-status')).toBe('done')
  })

  it('XM4 the PNG of the view is a real image of the canvas at its size on screen', async () => {
    const { name, bytes, file } = await exportFrom(page, 'imageView')
    expect(name).toMatch(/-view\.png$/)
    const { width, height } = pngSize(bytes)
    const box = (await page.locator('[data-testid="canvas"] .react-flow').boundingBox())!
    expect(width).toBe(Math.round(box.width * 2))
    expect(height).toBe(Math.round(box.height * 2))
    const { colours, corner } = await pixelsOf(bytes)
    expect(colours).toBeGreaterThan(20)
    expect(corner[3]).toBe(255)
    fs.copyFileSync(file, path.join(ARTIFACTS_DIR, 'export-view.png'))
  })

  it('XM5 the PNG of the whole board frames every card, whatever the view shows', async () => {
    // Zoom far in so that the view shows almost nothing: the whole-board image must not care.
    for (let zoom = 0; zoom < 4; zoom++) await page.locator('.react-flow__controls-zoomin').click()
    const { name, bytes, file } = await exportFrom(page, 'imageBoard')
    expect(name).toMatch(/-board\.png$/)
    const { width, height } = pngSize(bytes)
    const cards = await page.locator('.react-flow__node').count()
    expect(cards).toBeGreaterThan(1)
    expect(width).toBeGreaterThan(600)
    expect(height).toBeGreaterThan(300)
    const { colours, corner } = await pixelsOf(bytes)
    expect(colours).toBeGreaterThan(20)
    expect(corner.slice(0, 3)).toEqual([255, 255, 255])
    fs.copyFileSync(file, path.join(ARTIFACTS_DIR, 'export-board.png'))
  })

  it('XM6 a JSON export imported from the landing page opens an equal board as its moderator', async () => {
    const { file } = await exportFrom(page, 'boardJson')
    const cardsBefore = (await demoCards()).length
    await page.goto(server.url)
    await page.getByTestId('import-file').setInputFiles(file)
    await page.waitForURL(/\/b\/[^/]+#token=/)
    expect(page.url()).not.toContain(`/b/${DEMO_BOARD_ID}`)
    await page.getByTestId('join-name').fill('Importer')
    await page.getByTestId('join-submit').click()
    await expect.poll(() => page.getByTestId('card').count()).toBe(cardsBefore)
    // The moderator link was remembered as a created board's is: the share dialog shows it.
    const id = /\/b\/([^/#]+)/.exec(page.url())![1]!
    const remembered = await page.evaluate((key) => sessionStorage.getItem(key), `debate-board.links.${id}`)
    expect(JSON.parse(remembered!)).toHaveProperty('moderate')
    await saveScreenshot(page, 'export-imported-board')
    // The imported board needs its token: the menu's export of it succeeds only if the token is sent.
    const { bytes } = await exportFrom(page, 'annotations')
    expect(JSON.parse(bytes.toString('utf8'))).toHaveProperty('type', 'AnnotationCollection')
  })

  it('XM7 a file that is not a board file is refused with the server’s reason', async () => {
    await page.goto(server.url)
    const input = page.getByTestId('import-file')
    await input.setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":1}'),
    })
    const error = page.getByTestId('import-error')
    await expect.poll(() => error.textContent()).toMatch(/notes\.json.*import/)
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json') })
    await expect.poll(() => error.textContent()).toContain('not JSON')
    await error.scrollIntoViewIfNeeded()
    await saveScreenshot(page, 'export-import-error')
  })

  it('XM8 on a phone the menu unfolds inside the header menu and fits the screen', async () => {
    const phone = (await openPage(await launchBrowser(), { viewport: { width: 390, height: 844 } })).page
    await joinBoard(phone, `${server.url}/b/${DEMO_BOARD_ID}`, 'Phone')
    await phone.getByTestId('header-menu').click()
    await phone.getByTestId('export-menu').click()
    const last = phone.getByTestId('export-imageBoard')
    await last.waitFor()
    const box = (await last.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    expect(box.y + box.height).toBeLessThanOrEqual(844)
    await saveScreenshot(phone, 'export-menu-phone')
    const [download] = await Promise.all([
      phone.waitForEvent('download'),
      phone.getByTestId('export-briefMarkdown').click(),
    ])
    expect(download.suggestedFilename()).toMatch(/-brief\.md$/)
  })
})
