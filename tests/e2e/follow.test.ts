/**
 * Following in Chromium, with a moderator (Mo), two participants (Ana, Ben, on screens of other
 * sizes) and a projector on one board: following a person's view and reading place, breaking away by
 * Escape or a gesture, the moderator's spotlight (unlocked and locked) and summon, and the projector
 * view. The steps share one server and one set of pages and run in order.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { dragMouse, joinBoard, selectInArticle, waitForStatus } from './pageActions.ts'
import {
  readingPlace,
  sameCentre,
  scrollReader,
  settledRegion,
  shownRegion,
  type Region,
} from './followActions.ts'

let server: TestServer
let browser: Browser
let links: Record<string, string>
let mo: Page
let ana: Page
let ben: Page

/** Pans a page's canvas by dragging its empty background. */
async function pan(page: Page, dx: number, dy: number) {
  await dragMouse(page, page.locator('.react-flow__pane'), { dx, dy })
}

/** Two shown regions are the same but for rounding (a pan moves the centre by a hundred units). */
function expectSameRegion(actual: Region, expected: Region) {
  for (const key of ['centreX', 'centreY', 'width', 'height'] as const)
    expect(actual[key]).toBeCloseTo(expected[key], 0)
}

/** The avatar button on `page` that follows `name`. */
function followAvatar(page: Page, name: string) {
  return page.getByTestId('follow-avatar').filter({ has: page.locator(`[aria-label^="${name} "]`) })
}

beforeAll(async () => {
  server = await startTestServer()
  const board = await createBoardViaApi(server, { title: 'Follow me', motion: 'Views travel.' })
  links = board.links
  browser = await launchBrowser()
  mo = (await openPage(browser)).page
  ana = (await openPage(browser, { viewport: { width: 1280, height: 760 } })).page
  ben = (await openPage(browser, { viewport: { width: 1600, height: 1000 } })).page
  await joinBoard(mo, links.moderate!, 'Mo')
  await joinBoard(ana, links.edit!, 'Ana')
  await joinBoard(ben, links.edit!, 'Ben')
})

describe('following a person', () => {
  it("moves Ben's view and reader with Ana's once he clicks her avatar", async () => {
    await followAvatar(ben, 'Ana').click()
    const bar = ben.getByTestId('follow-bar')
    await expect.poll(() => bar.textContent()).toContain('Following Ana')
    expect(await bar.getAttribute('data-kind')).toBe('person')

    await pan(ana, -320, -180)
    await settledRegion(ana)
    await expect.poll(() => sameCentre(ana, ben)).toBe(true)
    // Ben's pane is larger: he sees all of what Ana sees.
    const [shownToAna, shownToBen] = await Promise.all([shownRegion(ana), shownRegion(ben)])
    expect(shownToBen.width).toBeGreaterThanOrEqual(shownToAna.width - 1)
    expect(shownToBen.height).toBeGreaterThanOrEqual(shownToAna.height - 1)

    await ana.locator('[data-testid^="reader-tab-"][aria-selected="false"]').first().click()
    await scrollReader(ana, 1400)
    const place = await readingPlace(ana)
    expect(place.block).toBeGreaterThan(3)
    await expect.poll(() => readingPlace(ben)).toEqual(place)
    await saveScreenshot(ben, 'follow-bar-desktop')
  })

  it('stops following on Escape: Ana pans on, Ben stays', async () => {
    await ben.locator('body').press('Escape')
    await ben.getByTestId('follow-bar').waitFor({ state: 'detached' })
    const before = await settledRegion(ben)
    await pan(ana, 200, 0)
    await settledRegion(ana)
    expectSameRegion(await shownRegion(ben), before)
  })

  it('follows from the keyboard (Enter on the avatar) and stops when Ben pans himself', async () => {
    await followAvatar(ben, 'Ana').focus()
    await ben.keyboard.press('Enter')
    await expect.poll(() => sameCentre(ana, ben)).toBe(true)
    expect(await followAvatar(ben, 'Ana').getAttribute('aria-pressed')).toBe('true')
    await pan(ben, 150, 90)
    await ben.getByTestId('follow-bar').waitFor({ state: 'detached' })
    await pan(ana, -250, 0)
    await settledRegion(ana)
    expect(await sameCentre(ana, ben)).toBe(false)
  })
})

/** The kind of follow bar a page shows, or null without one. */
async function barKind(page: Page) {
  const bar = page.getByTestId('follow-bar')
  return (await bar.count()) === 0 ? null : bar.getAttribute('data-kind')
}

/** Opens the moderator's Present menu and chooses an item. */
async function present(item: string) {
  await mo.getByTestId('presenter-menu').click()
  await mo.getByTestId(item).click()
}

describe('the moderator presenting', () => {
  it("puts both participants on the moderator's view with the spotlight", async () => {
    await present('spotlight-on')
    await expect.poll(() => barKind(mo)).toBe('presenting')
    await expect.poll(() => barKind(ana)).toBe('spotlight')
    await expect.poll(() => barKind(ben)).toBe('spotlight')
    expect(await ana.getByTestId('follow-bar').textContent()).toContain('Mo is presenting')
    await pan(mo, -260, 120)
    await settledRegion(mo)
    await expect.poll(() => sameCentre(mo, ana)).toBe(true)
    await expect.poll(() => sameCentre(mo, ben)).toBe(true)
    await saveScreenshot(ana, 'follow-spotlight-bar-desktop')
    await saveScreenshot(mo, 'follow-presenting-bar-desktop')
  })

  it('lets a participant break away from an unlocked spotlight with Escape, and rejoin', async () => {
    await ben.locator('body').press('Escape')
    await expect.poll(() => barKind(ben)).toBe('left')
    await pan(mo, 300, 0)
    await settledRegion(mo)
    await expect.poll(() => sameCentre(mo, ana)).toBe(true)
    expect(await sameCentre(mo, ben)).toBe(false)
    await ben.getByTestId('follow-rejoin').click()
    await expect.poll(() => sameCentre(mo, ben)).toBe(true)
    expect(await barKind(ben)).toBe('spotlight')
  })

  it('keeps participants on the locked spotlight: their own pan and Escape do nothing', async () => {
    await mo.getByTestId('spotlight-lock').check()
    await expect.poll(() => barKind(ana)).toBe('locked')
    expect(await ana.getByTestId('follow-bar').textContent()).toContain('The moderator is presenting')
    await settledRegion(ana)
    await pan(ana, 200, 150)
    await ana.locator('body').press('Escape')
    expect(await barKind(ana)).toBe('locked')
    // Her own pan moved nothing: she still shows what the moderator shows (an exact region would
    // catch the moderator's own view settling after the lock, not her pan).
    await expect.poll(() => sameCentre(mo, ana)).toBe(true)
    // No zoom buttons or minimap to move the view with.
    expect(await ana.locator('.react-flow__controls, .react-flow__minimap').count()).toBe(0)
    await pan(mo, -200, -100)
    await settledRegion(mo)
    await expect.poll(() => sameCentre(mo, ana)).toBe(true)
    await saveScreenshot(ana, 'follow-spotlight-locked-bar-desktop')
  })

  it('frees everyone when the moderator stops presenting', async () => {
    await mo.getByTestId('spotlight-stop').click()
    await expect.poll(() => barKind(ana)).toBe(null)
    await expect.poll(() => barKind(ben)).toBe(null)
    expect(await barKind(mo)).toBe(null)
    await pan(ana, 150, 0)
    expect(await barKind(ana)).toBe(null)
  })

  it('brings everyone to the moderator once with "Bring everyone here"', async () => {
    await pan(ben, -300, 60)
    await settledRegion(ben)
    expect(await sameCentre(mo, ben)).toBe(false)
    await present('summon')
    await expect.poll(() => sameCentre(mo, ana)).toBe(true)
    await expect.poll(() => sameCentre(mo, ben)).toBe(true)
    await ben.getByTestId('toast').filter({ hasText: 'Mo brought everyone to their view.' }).waitFor()
    // Once: the moderator moves on alone.
    await pan(mo, 240, 0)
    await settledRegion(mo)
    expect(await sameCentre(mo, ben)).toBe(false)
    expect(await barKind(ben)).toBe(null)
  })
})

describe('the projector view', () => {
  let projector: Page

  it("opens from the moderator's menu in a new window", async () => {
    const [popup] = await Promise.all([mo.context().waitForEvent('page'), present('open-projector')])
    await popup.waitForURL(links.projector!)
    await popup.close()
  })

  it('shows the board in large type, with no cursors, people or menus, following the moderator', async () => {
    projector = (await openPage(browser, { viewport: { width: 1920, height: 1080 } })).page
    // A card to read on the big screen, and the moderator's view on it.
    const quote = await ana
      .getByTestId('reader-article')
      .evaluate((article) => article.querySelector('p')!.textContent!.slice(0, 12))
    await selectInArticle(ana, quote)
    await ana.getByTestId('selection-bull').click()
    await ana.keyboard.type('Read from the back of the room.')
    await mo.getByTestId('card-text').filter({ hasText: 'Read from the back' }).waitFor()
    await mo.locator('.react-flow__controls-fitview').click()

    await projector.goto(links.projector!)
    await waitForStatus(projector, 'connected')
    expect(await projector.getByTestId('join-name').count()).toBe(0)
    const size = (testId: string) =>
      projector
        .getByTestId(testId)
        .first()
        .evaluate((node) => parseFloat(getComputedStyle(node).fontSize))
    expect(await size('reader-article')).toBeGreaterThanOrEqual(24)
    expect(await size('board-title')).toBeGreaterThanOrEqual(30)
    expect(await size('card-text')).toBeGreaterThanOrEqual(19)
    for (const testId of ['share', 'help', 'header-menu', 'avatars', 'presenter-menu', 'undo'])
      expect(await projector.getByTestId(testId).count()).toBe(0)
    // Nobody sees the projector on the board.
    await expect.poll(() => mo.getByTestId('avatar').count()).toBe(3)

    await pan(mo, -180, 90)
    await settledRegion(mo)
    await expect.poll(() => sameCentre(mo, projector)).toBe(true)
    const [shownToMo, shownOnProjector] = await Promise.all([shownRegion(mo), shownRegion(projector)])
    expect(shownOnProjector.width).toBeGreaterThanOrEqual(shownToMo.width - 1)
    expect(shownOnProjector.height).toBeGreaterThanOrEqual(shownToMo.height - 1)
    await scrollReader(mo, 900)
    const place = await readingPlace(mo)
    await expect.poll(() => readingPlace(projector)).toEqual(place)

    // The moderator's pointer shows to a participant, never on the projector.
    const canvas = (await mo.getByTestId('canvas').boundingBox())!
    await mo.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2, { steps: 4 })
    await ana.getByTestId('peer-cursor').first().waitFor()
    expect(await projector.getByTestId('peer-cursor').count()).toBe(0)
    await saveScreenshot(projector, 'follow-projector-desktop')
  })
})

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }

/** Checks that a page's follow bar and everything in it lie within the 390 px screen, text unclipped. */
async function expectBarFitsPhone(page: Page) {
  const bar = page.getByTestId('follow-bar')
  const parts = [bar, ...(await bar.locator('button, label, .follow-bar-text').all())]
  for (const part of parts) {
    const box = (await part.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
  }
  const clipped = await bar
    .locator('.follow-bar-text')
    .evaluate((text) => text.scrollWidth > text.clientWidth)
  expect(clipped).toBe(false)
}

describe('the projector on a running debate', () => {
  it("shows the phase banner in large type and waits for the moderator's view", async () => {
    const classroom = await createBoardViaApi(server, {
      title: 'A classroom debate',
      motion: 'Views travel.',
      format: 'classroom',
    })
    const participant = (await openPage(browser)).page
    await joinBoard(participant, classroom.links.edit!, 'Una')
    const screen = (await openPage(browser, { viewport: { width: 1920, height: 1080 } })).page
    await screen.goto(classroom.links.projector!)
    await waitForStatus(screen, 'connected')
    await screen.getByTestId('projector-waiting').waitFor()
    const height = async (page: Page) => (await page.getByTestId('phase-banner').boundingBox())!.height
    expect(await height(screen)).toBeGreaterThanOrEqual(1.4 * (await height(participant)))
    await saveScreenshot(screen, 'follow-projector-phase-banner')
  })
})

describe('on a phone', () => {
  let pia: Page
  let moPhone: Page

  beforeAll(async () => {
    // In Chinese: the longer strings must fit too.
    pia = (await openPage(browser, { ...PHONE, locale: 'zh-CN' })).page
    await joinBoard(pia, links.edit!, 'Pia')
  })

  it('follows someone from the people menu, with a follow bar that fits the screen', async () => {
    await pia.getByTestId('people-menu').click()
    await pia.getByTestId('follow-person').filter({ hasText: 'Ana' }).click()
    await expect.poll(() => barKind(pia)).toBe('person')
    await expectBarFitsPhone(pia)
    await pia.getByTestId('pane-switch-board').click()
    await pan(ana, 120, -80)
    await settledRegion(ana)
    await expect.poll(() => sameCentre(ana, pia)).toBe(true)
    await saveScreenshot(pia, 'follow-bar-phone')
    await pia.getByTestId('follow-stop').click()
    await expect.poll(() => barKind(pia)).toBe(null)
  })

  it("shows the spotlight's bars, unlocked, left and locked, within the screen", async () => {
    moPhone = (await openPage(browser, { ...PHONE, locale: 'zh-TW' })).page
    await joinBoard(moPhone, links.moderate!, 'Mo too')
    await moPhone.getByTestId('presenter-menu').click()
    await moPhone.getByTestId('spotlight-on').click()
    await expect.poll(() => barKind(moPhone)).toBe('presenting')
    await expectBarFitsPhone(moPhone)
    await saveScreenshot(moPhone, 'follow-presenting-bar-phone')

    await expect.poll(() => barKind(pia)).toBe('spotlight')
    await expectBarFitsPhone(pia)
    await saveScreenshot(pia, 'follow-spotlight-bar-phone')
    await pia.getByTestId('follow-stop').click()
    await expect.poll(() => barKind(pia)).toBe('left')
    await expectBarFitsPhone(pia)
    await saveScreenshot(pia, 'follow-spotlight-left-bar-phone')

    await moPhone.getByTestId('spotlight-lock').check()
    await expect.poll(() => barKind(pia)).toBe('locked')
    await expectBarFitsPhone(pia)
    await saveScreenshot(pia, 'follow-spotlight-locked-bar-phone')
    await moPhone.getByTestId('spotlight-stop').click()
    await expect.poll(() => barKind(pia)).toBe(null)
  })

  it('opens the projector view on a small screen too', async () => {
    const small = (await openPage(browser, PHONE)).page
    await small.goto(links.projector!)
    await waitForStatus(small, 'connected')
    expect(await small.getByTestId('header-menu').count()).toBe(0)
    await saveScreenshot(small, 'follow-projector-phone')
  })
})
