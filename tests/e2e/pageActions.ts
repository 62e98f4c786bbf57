/** What a person does on a board page, as Playwright steps. */
import { expect as expectValue } from 'vitest'
import type { Locator, Page } from 'playwright-core'

/** Opens a board link and joins it with a display name; the team, if any, comes from the link. */
export async function joinBoard(page: Page, url: string, name: string) {
  await page.goto(url)
  await page.getByTestId('join-name').fill(name)
  await page.getByTestId('join-submit').click()
  await waitForStatus(page, 'connected')
}

/** Waits until the header's connection status says `status`. */
export async function waitForStatus(page: Page, status: 'connected' | 'offline' | 'reconnecting') {
  await page
    .locator(`[data-testid="connection-status"][data-status="${status}"]`)
    .waitFor({ timeout: 15_000 })
}

/** Selects `quote` in the reader's article, as a drag with the mouse would. */
export async function selectInArticle(page: Page, quote: string) {
  const found = await page.evaluate((text) => {
    const article = document.querySelector('[data-testid="reader-article"]')
    if (!article) return false
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
    const nodes: { node: Text; start: number }[] = []
    let full = ''
    while (walker.nextNode()) {
      const node = walker.currentNode as Text
      nodes.push({ node, start: full.length })
      full += node.data
    }
    const at = full.indexOf(text)
    if (at < 0) return false
    const locate = (offset: number) => {
      const hit = [...nodes].reverse().find((entry) => entry.start <= offset)!
      return { node: hit.node, offset: offset - hit.start }
    }
    const start = locate(at)
    const end = locate(at + text.length)
    const range = document.createRange()
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
    return true
  }, quote)
  expectValue(found, `"${quote}" is in the shown article`).toBe(true)
}

/** The card node whose quote chip contains `quote`. */
export function cardWithQuote(page: Page, quote: string): Locator {
  return page.getByTestId('card').filter({ has: page.getByTestId('card-quote').filter({ hasText: quote }) })
}

/** A card's position on the canvas, read from React Flow's node transform. */
export async function cardPosition(page: Page, cardId: string): Promise<{ x: number; y: number }> {
  const transform = await page
    .locator(`.react-flow__node[data-id="${cardId}"]`)
    .evaluate((node) => (node as HTMLElement).style.transform)
  const match = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(transform)
  if (!match) throw new Error(`no position in transform "${transform}"`)
  return { x: Number(match[1]), y: Number(match[2]) }
}

/** Drags with the mouse from the centre of one element to the centre of another (or by an offset). */
export async function dragMouse(page: Page, from: Locator, to: Locator | { dx: number; dy: number }) {
  const start = await centreOf(from)
  const end = 'dx' in to ? { x: start.x + to.dx, y: start.y + to.dy } : await centreOf(to)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 })
  await page.mouse.move(end.x, end.y, { steps: 5 })
  await page.mouse.up()
}

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('element is not visible')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}
