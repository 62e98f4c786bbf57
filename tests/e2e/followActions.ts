/** What the follow tests read of a page: the part of the board it shows, and where its reader is. */
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** The middle and size of the board region a canvas shows, in flow coordinates. */
export interface Region {
  centreX: number
  centreY: number
  width: number
  height: number
}

/** The board region a page's canvas shows, in flow coordinates, from React Flow's transform. */
export function shownRegion(page: Page): Promise<Region> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!
    const match = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(
      viewport.style.transform,
    )
    if (!match) throw new Error(`no viewport in "${viewport.style.transform}"`)
    const [x, y, zoom] = match.slice(1).map(Number) as [number, number, number]
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect()
    return {
      centreX: (pane.width / 2 - x) / zoom,
      centreY: (pane.height / 2 - y) / zoom,
      width: pane.width / zoom,
      height: pane.height / zoom,
    }
  })
}

/** Whether two pages show the board around the same point (within a flow unit or two). */
export async function sameCentre(leader: Page, follower: Page): Promise<boolean> {
  const [a, b] = await Promise.all([shownRegion(leader), shownRegion(follower)])
  return Math.abs(a.centreX - b.centreX) < 2 && Math.abs(a.centreY - b.centreY) < 2
}

/** The article a page's reader shows, and the index of the first paragraph in sight. */
export function readingPlace(page: Page) {
  return page.evaluate(() => {
    const scroll = document.querySelector('.reader-scroll')!
    const article = scroll.querySelector<HTMLElement>('[data-testid="reader-article"]')!
    const top = scroll.getBoundingClientRect().top
    const block = Array.from(article.children).findIndex((p) => p.getBoundingClientRect().bottom > top + 1)
    return { sourceId: article.dataset.sourceId, block }
  })
}

/** Scrolls a page's reader pane to `top` px, as a person's wheel would end up. */
export async function scrollReader(page: Page, top: number) {
  await page.locator('.reader-scroll').evaluate((scroll, to) => scroll.scrollTo({ top: to }), top)
}

/** Waits until a page's canvas stops moving (a glide or fitView), then gives its region. */
export async function settledRegion(page: Page) {
  let last = JSON.stringify(await shownRegion(page))
  await expect
    .poll(async () => {
      const now = JSON.stringify(await shownRegion(page))
      const still = now === last
      last = now
      return still
    })
    .toBe(true)
  return JSON.parse(last) as Region
}
