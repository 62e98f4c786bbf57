/**
 * The moderator's controls in Chromium, with a moderator (M) and a participant (E) on a board made
 * over HTTP: renaming the title and motion in the header, and resetting the edit link from the share
 * dialog, then showing the links again in a fresh browser. The steps share one server and one pair of
 * pages and run in order.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard, waitForStatus } from './pageActions.ts'

type Links = Record<'moderate' | 'edit' | 'view', string>

let server: TestServer
let browser: Browser
let links: Links
let m: Page
let e: Page
let newEditLink: string

beforeAll(async () => {
  server = await startTestServer()
  const board = await createBoardViaApi(server, {
    title: 'Before renaming',
    motion: 'The first motion',
    template: 'blank',
  })
  links = board.links
  browser = await launchBrowser()
  m = (await openPage(browser)).page
  e = (await openPage(browser)).page
  // The tab that creates a board on the landing page keeps its links; this one is made to know them too.
  await m.goto(server.url)
  await m.evaluate(({ id, known }) => sessionStorage.setItem(`debate-board.links.${id}`, known), {
    id: board.id,
    known: JSON.stringify(links),
  })
  await joinBoard(m, links.moderate, 'Mo')
  await joinBoard(e, links.edit, 'Ed')
})

describe('moderator controls in Chromium', () => {
  it('[AC26] lets the moderator rename the title and motion in place, and the participant sees both', async () => {
    await m.getByTestId('board-title').click()
    await m.getByTestId('board-title-input').fill('  Cars out of the centre  ')
    await m.getByTestId('board-title-input').press('Enter')
    await m.getByTestId('board-motion').click()
    await m.getByTestId('board-motion-input').fill('This house would ban cars from the centre')
    await m.getByTestId('board-motion-input').press('Tab')

    await expect.poll(() => e.getByTestId('board-title').textContent()).toBe('Cars out of the centre')
    await expect
      .poll(() => e.getByTestId('board-motion').textContent())
      .toBe('This house would ban cars from the centre')
  })

  it('refuses an empty title with a clear message and puts the old one back on Escape', async () => {
    await m.getByTestId('board-title').click()
    await m.getByTestId('board-title-input').fill('   ')
    await m.getByTestId('board-title-input').press('Enter')
    await expect
      .poll(() => m.getByTestId('board-title-error').textContent())
      .toBe('The title cannot be empty.')
    await m.getByTestId('board-title-input').press('Escape')
    expect(await m.getByTestId('board-title').textContent()).toBe('Cars out of the centre')
    expect(await e.getByTestId('board-title').textContent()).toBe('Cars out of the centre')
  })

  it("[AC26] shows the participant's title and motion as plain text that cannot be edited", async () => {
    const title = e.getByTestId('board-title')
    expect(await title.evaluate((node) => node.tagName)).toBe('H1')
    await title.click()
    await e.getByTestId('board-motion').click()
    expect(await e.locator('.board-titles input, .board-titles button').count()).toBe(0)
  })

  it('[AC27] resets the edit link: the participant is told, the old link fails and the new one opens', async () => {
    await m.getByTestId('share').click()
    const dialog = m.getByTestId('share-dialog')
    expect(await dialog.getByTestId('share-link-edit').inputValue()).toBe(links.edit)
    expect(await dialog.getByTestId('share-link-view').inputValue()).toBe(links.view)
    await dialog.getByTestId('share-reset-edit').click()
    await expect
      .poll(() => dialog.textContent())
      .toContain('Everyone using the old link will be disconnected.')
    await dialog.getByTestId('share-reset-confirm').click()
    await expect.poll(() => dialog.getByTestId('share-link-edit').inputValue()).not.toBe(links.edit)
    newEditLink = await dialog.getByTestId('share-link-edit').inputValue()
    expect(await dialog.locator('.share-qr').getAttribute('data-role')).toBe('edit')
    expect(await dialog.getByTestId('share-reset-done-edit').isVisible()).toBe(true)
    await saveScreenshot(m, 'moderator-share-dialog-after-reset')

    const revoked = e.locator('[data-testid="board-error"][data-code="TOKEN_REVOKED"]')
    await revoked.waitFor({ timeout: 5_000 })
    expect(await revoked.textContent()).toContain(
      'This link was reset by the moderator. Ask for the new link.',
    )
    await saveScreenshot(e, 'participant-link-revoked')

    await e.reload()
    await e.locator('[data-testid="board-error"][data-code="UNAUTHORIZED"]').waitFor()

    await e.goto('about:blank')
    await e.goto(newEditLink)
    await waitForStatus(e, 'connected')
    expect(await e.getByTestId('board-title').textContent()).toBe('Cars out of the centre')
  })

  it('[AC40] a fresh browser holding only the moderator link shows the edit and view links in force, and they open the board', async () => {
    const fresh = (await openPage(browser)).page
    await joinBoard(fresh, links.moderate, 'Mo again')
    await fresh.getByTestId('share').click()
    const dialog = fresh.getByTestId('share-dialog')
    await dialog.getByTestId('share-link-edit').waitFor()
    expect(await dialog.getByTestId('share-link-edit').inputValue()).toBe(newEditLink)
    expect(await dialog.getByTestId('share-link-view').inputValue()).toBe(links.view)
    expect(await dialog.locator('[data-testid$="-unknown"]').count()).toBe(0)
    expect(await dialog.locator('.share-qr').getAttribute('data-role')).toBe('edit')
    await saveScreenshot(fresh, 'moderator-share-dialog-fresh-browser')

    const viewer = (await openPage(browser)).page
    await joinBoard(viewer, await dialog.getByTestId('share-link-view').inputValue(), 'Vi')
    expect(await viewer.getByTestId('board-title').textContent()).toBe('Cars out of the centre')
    // The participant from before (who knows its name already) opens the edit link shown here.
    await e.goto('about:blank')
    await e.goto(await dialog.getByTestId('share-link-edit').inputValue())
    await waitForStatus(e, 'connected')
    expect(await e.getByTestId('board-title').textContent()).toBe('Cars out of the centre')
  })
})
