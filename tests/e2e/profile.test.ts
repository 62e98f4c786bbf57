/**
 * Changing one's name and colour after joining (the team is the link's, not the person's), seen by the other person at once; and other
 * people's cursor labels keeping their screen size whatever the zoom. Two people on the demo board,
 * in real Chromium; the steps share one server and one pair of pages and run in order.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { colorFromName, PALETTE } from '../../client/join/identity.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

const NEW_NAME = '新名字'
const NEW_COLOR_INDEX = PALETTE.findIndex((color) => color !== colorFromName('Ada'))

let a: Page
let b: Page

beforeAll(async () => {
  const server = await startTestServer()
  const browser = await launchBrowser()
  a = (await openPage(browser)).page
  b = (await openPage(browser)).page
  const boardUrl = `${server.url}/b/${DEMO_BOARD_ID}`
  await joinBoard(a, boardUrl, 'Ada')
  await joinBoard(b, boardUrl, 'Bo')
})

function rgbOf(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16))
  return `rgb(${r}, ${g}, ${b})`
}

/** The canvas zoom, read from React Flow's viewport transform. */
async function zoomOf(page: Page): Promise<number> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((viewport) => (viewport as HTMLElement).style.transform)
  return Number(/scale\(([-\d.]+)\)/.exec(transform)?.[1])
}

/** Clicks a Controls zoom button `times` times and waits until the zoom has changed by that much. */
async function zoomBy(page: Page, button: 'zoomin' | 'zoomout', times: number): Promise<number> {
  const before = await zoomOf(page)
  for (let i = 0; i < times; i++) await page.locator(`.react-flow__controls-${button}`).click()
  const expected = before * (button === 'zoomin' ? 1.2 : 1 / 1.2) ** times
  await expect.poll(() => zoomOf(page)).toBeCloseTo(expected, 2)
  return expected
}

describe('your profile after joining', () => {
  it('opens from your own avatar, marked as you, and Escape cancels without a change', async () => {
    const own = a.getByTestId('edit-profile')
    expect(await own.getByTestId('avatar').getAttribute('title')).toContain('Ada (you)')
    await own.click()
    const dialog = a.getByTestId('profile-dialog')
    expect(await dialog.getByTestId('join-name').inputValue()).toBe('Ada')
    expect(await dialog.locator('[data-testid^="join-team-"]').count()).toBe(0)
    expect(await dialog.getByTestId('profile-history-note').textContent()).toContain('keep the name')
    await dialog.getByTestId('join-name').fill('Discarded')
    await a.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await own.getByTestId('avatar').getAttribute('title')).toContain('Ada (you)')
  })

  it('saves a new name and colour that the other person sees at once, the team still the link’s', async () => {
    await a.getByTestId('edit-profile').click()
    const dialog = a.getByTestId('profile-dialog')
    await dialog.getByTestId('join-name').fill(NEW_NAME)
    await dialog.locator('.color-option').nth(NEW_COLOR_INDEX).click()
    await saveScreenshot(a, 'profile-01-editing')
    await dialog.getByTestId('join-submit').click()
    await dialog.waitFor({ state: 'detached' })

    const seenByB = b.locator(`[data-testid="avatar"][title^="${NEW_NAME} — "]`)
    await seenByB.waitFor({ timeout: 2_000 })
    // The demo board's link is a participant link without a team.
    expect(await seenByB.getAttribute('data-team')).toBe('observer')
    expect(await seenByB.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      rgbOf(PALETTE[NEW_COLOR_INDEX]!),
    )
    expect(await b.locator('[data-testid="avatar"][title^="Ada"]').count()).toBe(0)
    const remembered = await a.evaluate(() => localStorage.getItem('debate-board.profile'))
    expect(JSON.parse(remembered!)).toEqual({ name: NEW_NAME, color: PALETTE[NEW_COLOR_INDEX] })
  })
})

describe('cursor labels', () => {
  it('show the new name at the same screen size at two zoom levels, still gliding', async () => {
    const canvas = (await a.locator('.react-flow__pane').boundingBox())!
    const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 }
    await a.mouse.move(centre.x - 20, centre.y - 20)
    await a.mouse.move(centre.x, centre.y, { steps: 4 })
    const label = b.getByTestId('peer-cursor-name')
    await expect.poll(() => label.textContent()).toBe(NEW_NAME)
    expect(await b.getByTestId('peer-cursor').evaluate((el) => getComputedStyle(el).transitionProperty)).toBe(
      'transform',
    )

    const heightAtFirstZoom = (await label.boundingBox())!.height
    const zoomedIn = await zoomBy(b, 'zoomin', 3)
    await saveScreenshot(b, 'profile-02-cursor-zoomed-in')
    const heightZoomedIn = (await label.boundingBox())!.height
    const zoomedOut = await zoomBy(b, 'zoomout', 5)
    const heightZoomedOut = (await label.boundingBox())!.height

    expect(zoomedIn / zoomedOut).toBeGreaterThan(2)
    expect(Math.abs(heightZoomedIn - heightAtFirstZoom)).toBeLessThanOrEqual(1)
    expect(Math.abs(heightZoomedOut - heightAtFirstZoom)).toBeLessThanOrEqual(1)
  })
})
