/**
 * The replay in Chromium: a participant opens the timeline of a classroom debate that went through two
 * phases, scrubs back to the first phase and sees the fewer cards of that time, read-only and labelled,
 * then goes back to the live board; on a phone the timeline fits the screen. The steps run in order.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { createCard } from '../../shared/board/index.ts'
import { connectClient, type TestClient } from '../helpers/clients.ts'
import { launchBrowser, openPage, saveScreenshot } from '../helpers/browser.ts'
import { createBoardViaApi, startTestServer, tokenOf, type TestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

let server: TestServer
let board: Awaited<ReturnType<typeof createBoardViaApi>>
let moderator: TestClient
let page: Page

/** Puts a bull card on the board as a change of the server's own. */
async function addCard(text: string, y: number) {
  await server.registry.withRoom(board.id, (room) =>
    room.change('board', (doc) => {
      createCard(doc, { stance: 'bull', text, x: 40, y, authorId: 'author-ada', authorName: 'Ada' })
    }),
  )
}

async function advanceAndWaitForSnapshots(count: number) {
  await moderator.provider.facilitate({ type: 'advance' })
  await expect.poll(async () => (await server.store.listReplaySnapshots(board.id)).length).toBe(count)
}

const replayCards = () => page.getByTestId('replay-card')

beforeAll(async () => {
  server = await startTestServer()
  board = await createBoardViaApi(server, {
    title: 'Replay of a debate',
    motion: 'The AI boom is sustainable.',
    format: 'classroom',
    articles: 'none',
  })
  moderator = await connectClient(server.url, board.id, { token: tokenOf(board.links.moderate) })
  const browser = await launchBrowser()
  ;({ page } = await openPage(browser))
  await joinBoard(page, board.links.bull, 'Ada')
})

describe('replay in the browser', () => {
  it('[RP8] before any phase change the replay says that no snapshot was taken yet, and goes back to live', async () => {
    await page.getByTestId('open-replay').click()
    await page.getByTestId('replay-empty').waitFor()
    expect(await page.getByTestId('replay-empty').textContent()).toContain('No snapshots yet')
    await saveScreenshot(page, 'replay-empty')
    await page.getByTestId('replay-back').click()
    await page.getByTestId('canvas').waitFor()
  })

  it('[RP8] scrubbing back to the first phase shows the fewer cards of that time, read-only and labelled; Back to live shows the board now', async () => {
    await addCard('The first argument', 40)
    await advanceAndWaitForSnapshots(1)
    await addCard('A second argument', 260)
    await addCard('A third argument', 480)
    await advanceAndWaitForSnapshots(2)
    await expect.poll(() => page.getByTestId('card').count()).toBe(3)

    await page.getByTestId('open-replay').click()
    await page.getByTestId('replay-canvas').waitFor()
    // The newest moment first: the rebuttal began with three cards.
    await expect.poll(() => replayCards().count()).toBe(3)
    expect(await page.getByTestId('replay-label').textContent()).toMatch(/^Replay — .+, Rebuttal$/)
    const marks = await page.getByTestId('replay-mark').allTextContents()
    expect(marks).toEqual(['Openings', 'Rebuttal'])
    await saveScreenshot(page, 'replay-rebuttal')

    // The arrow keys scrub the slider.
    await page.getByTestId('replay-slider').focus()
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => replayCards().count()).toBe(1)
    expect(await replayCards().first().textContent()).toContain('The first argument')
    expect(await page.getByTestId('replay-label').textContent()).toMatch(/^Replay — .+, Openings$/)
    expect(await page.getByTestId('replay-time').textContent()).toContain('1 of 2')
    // Nothing of the snapshot is editable: no text box, no draggable node.
    expect(
      await page.getByTestId('replay-canvas').locator('textarea, [contenteditable="true"]').count(),
    ).toBe(0)
    expect(await page.getByTestId('replay-canvas').locator('.react-flow__node.draggable').count()).toBe(0)
    await saveScreenshot(page, 'replay-openings')
    // The replay view is as usable without a mouse or sight as the board: no serious or critical axe finding.
    const { violations } = await new AxeBuilder({ page }).include('[data-testid="replay-view"]').analyze()
    const blocking = violations.filter((violation) =>
      ['serious', 'critical'].includes(violation.impact ?? ''),
    )
    expect(blocking.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual(
      [],
    )

    // A phase mark jumps to its moment.
    await page.getByTestId('replay-mark').filter({ hasText: 'Rebuttal' }).click()
    await expect.poll(() => replayCards().count()).toBe(3)

    await page.getByTestId('replay-back').click()
    await page.getByTestId('canvas').waitFor()
    await expect.poll(() => page.getByTestId('card').count()).toBe(3)
    expect(await page.getByTestId('replay-view').count()).toBe(0)
  })

  it('[RP8] on a phone the replay opens from the menu and its timeline fits the 390 px screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.getByTestId('header-menu').click()
    await page.getByTestId('open-replay').click()
    await expect.poll(() => replayCards().count()).toBe(3)
    await page.getByTestId('replay-previous').click()
    await expect.poll(() => replayCards().count()).toBe(1)
    for (const testId of ['replay-bar', 'replay-banner']) {
      const box = (await page.getByTestId(testId).boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(390)
    }
    await saveScreenshot(page, 'replay-phone')
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((element) => !element.closest('.react-flow__viewport, .header-menu'))
        .map(
          (element) =>
            `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`,
        ),
    )
    expect(wide).toEqual([])
    await page.getByTestId('replay-back').click()
    await expect.poll(() => page.getByTestId('replay-view').count()).toBe(0)
  })
})
