/**
 * Small groups in Chromium: the moderator of a classroom board splits it into two groups, sees both at
 * their first phase, and opens Group 1 as its moderator with the link the page derives (PH42–PH45);
 * the dialog also opens from a phone's ⋯ menu. The steps share one server and run in order.
 */
import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { deriveGroupModeratorToken } from '../../shared/auth/derivedTokens.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { createBoardViaApi, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }

let server: TestServer
let browser: Browser
let moderator: Page
let board: Awaited<ReturnType<typeof createBoardViaApi>>

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
  moderator = (await openPage(browser)).page
  board = await createBoardViaApi(server, {
    title: 'Cars out of the centre',
    motion: 'This house would ban cars from the city centre',
    format: 'classroom',
    articles: 'demo',
  })
})

/** Saves a screenshot into test-artifacts and, when asked by SCREENSHOTS_DIR, a copy there too. */
async function screenshot(page: Page, name: string) {
  const file = await saveScreenshot(page, name)
  const copyTo = process.env.SCREENSHOTS_DIR
  if (copyTo) {
    fs.mkdirSync(copyTo, { recursive: true })
    fs.copyFileSync(file, path.join(copyTo, `${name}.png`))
  }
}

const groupItems = (page: Page) => page.getByTestId('group-item')

describe('small groups in Chromium', () => {
  it('makes two groups of a classroom board and lists both at their first phase', async () => {
    await joinBoard(moderator, board.links.moderate, 'Mo')
    expect(await moderator.getByTestId('group-label').count()).toBe(0)
    await moderator.getByTestId('open-groups').click()
    await moderator.getByTestId('groups-empty').waitFor()
    await moderator.getByTestId('groups-count').fill('2')
    await moderator.getByTestId('groups-create').click()
    await expect.poll(() => groupItems(moderator).count()).toBe(2)
    expect(await moderator.getByTestId('group-name').allTextContents()).toEqual(['Group 1', 'Group 2'])
    expect(await moderator.getByTestId('group-phase').allTextContents()).toEqual(['Prepare', 'Prepare'])
    await moderator.getByTestId('group-open').first().waitFor()
    await screenshot(moderator, 'groups-01-dialog-desktop')
  })

  it('opens Group 1 as its moderator with the link derived from the original’s token', async () => {
    const copyId = await groupItems(moderator).first().getAttribute('data-group-id')
    const href = await moderator.getByTestId('group-open').first().getAttribute('href')
    const token = await deriveGroupModeratorToken(board.tokens.moderate, copyId!)
    expect(href).toBe(`${server.url}/b/${copyId}#token=${token}`)

    const group = (await openPage(browser)).page
    await joinBoard(group, href!, 'Mo')
    expect(await group.getByTestId('group-label').textContent()).toBe('Group 1')
    await group.getByTestId('facilitation-toggle').waitFor()
    expect(await group.getByTestId('open-groups').count()).toBe(0)
    await expect.poll(() => group.getByTestId('phase-name').textContent()).toBe('Prepare')
    await screenshot(group, 'groups-03-group-header')
  })

  it('opens the groups from the ⋯ menu on a phone, within its width', async () => {
    const phone = (await openPage(browser, PHONE)).page
    await joinBoard(phone, board.links.moderate, 'Mo')
    await phone.getByTestId('header-menu').click()
    await phone.getByTestId('open-groups').click()
    await expect.poll(() => groupItems(phone).count()).toBe(2)
    await phone.getByTestId('group-open').first().waitFor()
    const dialog = await phone.getByTestId('groups-dialog').boundingBox()
    expect(dialog!.x).toBeGreaterThanOrEqual(0)
    expect(dialog!.x + dialog!.width).toBeLessThanOrEqual(390)
    await screenshot(phone, 'groups-02-dialog-phone')
  })
})
