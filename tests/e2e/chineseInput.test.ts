/** Typing Chinese through an input method: the unfinished pinyin never leaves the typist's page. */
import { describe, expect, it } from 'vitest'
import { getCardText, readCards } from '../../shared/board/index.ts'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import { connectClient } from '../helpers/clients.ts'
import { launchBrowser, openPage } from '../helpers/browser.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { joinBoard } from './pageActions.ts'

describe('Chinese input in Chromium', () => {
  it('shares the committed characters only, never the pinyin composed on the way', async () => {
    const server = await startTestServer()
    const browser = await launchBrowser()
    const { page } = await openPage(browser, { locale: 'zh-CN' })
    await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, '小明')
    const room = await server.registry.acquire(DEMO_BOARD_ID)
    const cardId = readCards(room.document('board'))[0]!.id
    const seenByServer: string[] = []
    room
      .document('board')
      .on('update', () =>
        seenByServer.push(readCards(room.document('board')).find((card) => card.id === cardId)!.text),
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

  it('keeps what another person typed in the same card while the input method was composing', async () => {
    const server = await startTestServer()
    const browser = await launchBrowser()
    const { page } = await openPage(browser, { locale: 'zh-CN' })
    await joinBoard(page, `${server.url}/b/${DEMO_BOARD_ID}`, '小明')
    const peer = await connectClient(server.url, DEMO_BOARD_ID)
    const cardId = readCards(peer.doc)[0]!.id

    const textarea = page.locator(`[data-card-id="${cardId}"] [data-testid="card-text"]`)
    await textarea.click()
    await textarea.press('Control+Home')
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Input.imeSetComposition', { text: 'zhong', selectionStart: 5, selectionEnd: 5 })
    getCardText(peer.doc, cardId)!.insert(getCardText(peer.doc, cardId)!.length, ' (peer)')
    const room = await server.registry.acquire(DEMO_BOARD_ID)
    await expect.poll(() => readCards(room.document('board'))[0]!.text).toMatch(/\(peer\)$/)
    await cdp.send('Input.insertText', { text: '中' })

    await expect.poll(() => readCards(room.document('board'))[0]!.text).toMatch(/^中/)
    expect(readCards(room.document('board'))[0]!.text).toMatch(/\(peer\)$/)
    await expect.poll(() => textarea.inputValue()).toMatch(/^中.*\(peer\)$/s)
    server.registry.release(DEMO_BOARD_ID)
  })
})
