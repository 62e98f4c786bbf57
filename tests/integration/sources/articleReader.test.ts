import { beforeAll, describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../shared/errors.ts'
import { parseArticle } from '../../../server/sources/parseArticle.ts'
import {
  ArticleReader,
  DEFAULT_READER_OPTIONS,
  type ArticleReaderOptions,
} from '../../../server/sources/worker/ArticleReader.ts'
import { registerCleanup } from '../../helpers/cleanup.ts'
import { sourceFixture } from '../../helpers/sourceFixtures.ts'

function startReader(options: Partial<ArticleReaderOptions> = {}) {
  const reader = new ArticleReader({ ...DEFAULT_READER_OPTIONS, ...options })
  registerCleanup(() => reader.close())
  return reader
}

const txt = { bytes: sourceFixture('article.txt'), filename: 'a.txt' }
// About 1.4 MB of Markdown: seconds of parsing, all of it synchronous.
const largeMarkdown = {
  bytes: Buffer.from('投资者押注数据中心的需求会持续增长，但亏损也在扩大。\n\n'.repeat(16_000)),
  filename: 'large.md',
}

describe('reading articles in a worker thread', () => {
  // One worker for the tests that do not end it: starting one loads tsx, jsdom and pdf.js anew.
  let reader: ArticleReader
  beforeAll(() => {
    reader = startReader()
  })

  it('gives the same article as reading in process', async () => {
    for (const file of ['article.md', 'article.html', 'article.pdf']) {
      const input = { bytes: sourceFixture(file), filename: file }
      expect(await reader.read(input)).toEqual(await parseArticle(input))
    }
    // Loads jsdom and pdf.js twice (here and in the worker): seconds each on a busy machine.
  }, 60_000)

  it("passes on the parser's coded error", async () => {
    await expect(
      reader.read({ bytes: sourceFixture('scan.pdf'), filename: 'scan.pdf' }),
    ).rejects.toMatchObject({
      code: ErrorCode.NotAnArticle,
      message: expect.stringContaining('no text layer'),
    })
  })

  it('keeps the event loop free while a large file is read', async () => {
    let ticks = 0
    const ticker = setInterval(() => ticks++, 10)
    try {
      await reader.read(largeMarkdown)
    } finally {
      clearInterval(ticker)
    }
    expect(ticks).toBeGreaterThan(5)
  }, 60_000)

  it('gives up on a file that takes too long to read, and reads the next one with a fresh worker', async () => {
    const impatient = startReader({ timeoutMs: 300 })
    // Warm: the clock runs from when a ready worker gets the file, not while it starts.
    expect((await impatient.read(txt)).title).toBe('a')
    await expect(impatient.read(largeMarkdown)).rejects.toMatchObject({
      code: ErrorCode.TooLarge,
      message: expect.stringContaining('took longer than 0.3 s'),
    })
    expect((await impatient.read(txt)).title).toBe('a')
  })

  it('refuses files beyond its queue as RATE_LIMITED', async () => {
    const small = startReader({ maxQueued: 1 })
    const results = await Promise.allSettled([small.read(txt), small.read(txt), small.read(txt)])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected'])
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: ErrorCode.RateLimited })
  })
})
