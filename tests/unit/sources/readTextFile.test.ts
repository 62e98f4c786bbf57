// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { MAX_ARTICLE_BYTES } from '../../../client/sources/articleSize.ts'
import { checkTextFile, hasUndecodableBytes, readTextFile } from '../../../client/sources/readTextFile.ts'

describe('reading an article from a file', () => {
  it('reads UTF-8 exactly: line breaks, outer white space, Chinese and emoji untouched', async () => {
    const text = '\n  標題\r\n第一段，含 emoji 📈。\t\r\n\r\n最後一行 \u00A0\n\n'
    const read = await readTextFile(new Blob([new TextEncoder().encode(text)]))
    expect(read).toBe(text)
    expect(hasUndecodableBytes(read)).toBe(false)
  })

  it('marks bytes that are not UTF-8', async () => {
    const gbk = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]) // 你好 in GBK
    expect(hasUndecodableBytes(await readTextFile(new Blob([gbk])))).toBe(true)
  })

  it.each([
    [{ name: 'notes.txt', size: 10, type: '' }, undefined],
    [{ name: 'README.MD', size: 10, type: '' }, undefined],
    [{ name: 'clipboard', size: 10, type: 'text/plain' }, undefined],
    [{ name: 'report.pdf', size: 10, type: 'application/pdf' }, 'fileNotText'],
    [{ name: 'huge.txt', size: MAX_ARTICLE_BYTES + 4, type: 'text/plain' }, 'fileTooLarge'],
  ])('checks %o before reading it', (file, expected) => {
    expect(checkTextFile(file)?.key).toBe(expected)
  })
})
