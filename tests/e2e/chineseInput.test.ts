/** Typing Chinese through an input method: the unfinished pinyin never leaves the typist's page. */
import { describe, expect, it } from 'vitest'
import { readCards } from '../../shared/board/index.ts'
import { DEMO_BOARD_ID } from '../../server/demo/seedDemoBoard.ts'
import { launchBrowser, openPage } from '../helpers/browser.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

describe('Chinese input in Chromium', () => {
  it('shares the committed characters only, never the pinyin composed on the way', async () => {
    const server = await startTestServer()
    const browser = await launchBrowser()
    const { page } = await openPage(browser, { locale: 'zh-CN' })
    await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, '小明', 'bull')
    const room = await server.registry.acquire(DEMO_BOARD_ID)
    const cardId = readCards(room.doc)[0]!.id
    const seenByServer: string[] = []
    room.doc.on('update', () =>
      seenByServer.push(readCards(room.doc).find((card) => card.id === cardId)!.text),
    )

    const textarea = page.locator(`[data-card-id="${cardId}"] [data-testid="card-text"]`)
    await textarea.click()
    await textarea.press('Control+End')
    const cdp = await page.context().newCDPSession(page)
    for (const partial of ['z', 'zh', 'zho', 'zhon', 'zhong']) {
      await cdp.send('Input.imeSetComposition', {
        text: partial,
        selectionStart: partial.length,
        selectionEnd: partial.length,
      })
    }
    expect(await textarea.inputValue()).toContain('zhong')
    await cdp.send('Input.insertText', { text: '中' })

    await expect.poll(() => seenByServer.at(-1) ?? '').toMatch(/中$/)
    expect(seenByServer.filter((text) => /(z|zh|zho|zhon|zhong)$/.test(text))).toEqual([])
    expect(await textarea.inputValue()).toMatch(/中$/)
    server.registry.release(DEMO_BOARD_ID)
  })
})
