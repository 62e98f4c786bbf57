import { describe, expect, it } from 'vitest'
import { ErrorCode } from '../../../../shared/errors.ts'
import { parseHtml } from '../../../../server/sources/parsers/parseHtml.ts'
import { blockRows, sourceFixture } from '../../../helpers/sourceFixtures.ts'

const page = (body: string, head = '<title>頁面</title>') =>
  new TextEncoder().encode(
    `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
  )

// Readability wants an article-sized text before it trusts a block as the main content.
const LONG = '這是一段足夠長的正文，用來讓 Readability 判斷這裡是文章的主體內容。'.repeat(6)

describe('reading a web page as an article', () => {
  it('keeps the main content of a news page and leaves out its navigation, sidebar, footer and scripts', async () => {
    const article = await parseHtml(sourceFixture('article.html'))
    expect(article.title).toBe('奧特曼澄清：OpenAI 不尋求政府擔保 - 科技新聞網')
    expect(article.text).toContain('澄清公司既沒有，也不希望獲得政府對其數據中心的擔保。')
    for (const outside of [
      '首頁',
      '登入',
      '熱門文章',
      '版權所有',
      '追蹤程式碼',
      'footer script',
      'font-family',
    ])
      expect(article.text).not.toContain(outside)
    expect(blockRows(article)).toEqual(
      expect.arrayContaining([
        ['strong', '既沒有，也不希望'],
        ['emphasis', '算力需求遠超供給'],
        ['heading2', '三個要點'],
        ['listItem •', '政府不應挑選贏家或輸家。'],
        ['listItem •', '算力短缺是當前最大的限制。'],
      ]),
    )
  })

  it('puts every paragraph on a line of its own, with whitespace collapsed as a browser shows it', async () => {
    const article = await parseHtml(
      page(`<article><p>  第一段\n  文字  </p><p>${LONG}</p><p>Second   <b>bold</b> line</p></article>`),
    )
    expect(article.text.split('\n')).toEqual(['第一段文字', LONG, 'Second bold line'])
  })

  it('decodes a page in GBK from its <meta charset>', async () => {
    const article = await parseHtml(sourceFixture('article-gbk.html'))
    expect(article.title).toBe('算力需求的争论')
    expect(article.text).toContain('这是一篇用 GBK 编码保存的中文网页。')
  })

  it('decodes a page by the charset its server declared when the page declares none', async () => {
    const bytes = sourceFixture('article-gbk-undeclared.html')
    const article = await parseHtml(bytes, { contentType: 'text/html; charset=GBK' })
    expect(article.title).toBe('没有声明编码的网页')
    expect(article.text).toContain('只有服务器在 Content-Type 里说明它是 GBK 编码')
  })

  it('reads a page that declares no charset anywhere as UTF-8 when it is valid UTF-8', async () => {
    const html = `<html><head><title>编码</title></head><body><article><p>${'页面和服务器都没有声明字符集。'.repeat(10)}</p></article></body></html>`
    const article = await parseHtml(new TextEncoder().encode(html))
    expect(article.title).toBe('编码')
    expect(article.text).toContain('页面和服务器都没有声明字符集。')
  })

  it('keeps line breaks and preformatted text', async () => {
    const article = await parseHtml(
      page(`<article><p>${LONG}<br>下一行</p><pre>\ncode  line 1\n  line 2\n</pre></article>`),
    )
    expect(article.text).toBe(`${LONG}\n下一行\ncode  line 1\n  line 2`)
    expect(blockRows(article)).toContainEqual(['code', 'code  line 1\n  line 2'])
  })

  it('numbers the items of an ordered list', async () => {
    const article = await parseHtml(
      page(`<article><p>${LONG}</p><ol start="2"><li>二</li><li>三</li></ol></article>`),
    )
    expect(blockRows(article).filter(([kind]) => kind!.startsWith('listItem'))).toEqual([
      ['listItem 2.', '二'],
      ['listItem 3.', '三'],
    ])
  })

  it('refuses a page with no readable text as NOT_AN_ARTICLE', async () => {
    await expect(parseHtml(page('<img src="a.png"><script>alert(1)</script>'))).rejects.toMatchObject({
      code: ErrorCode.NotAnArticle,
    })
  })

  it("runs none of the page's scripts", async () => {
    const article = await parseHtml(
      page(
        `<article><p>${LONG}</p><p id="x">原文</p></article><script>document.getElementById('x').textContent = '被改了'</script>`,
      ),
    )
    expect(article.text).toContain('原文')
    expect(article.text).not.toContain('被改了')
  })

  it('refuses a page of more than 50,000 elements as TOO_LARGE before Readability scores it', async () => {
    const huge = page(`<article>${'<span>字</span>'.repeat(50_001)}</article>`)
    await expect(parseHtml(huge)).rejects.toMatchObject({ code: ErrorCode.TooLarge })
  })
})
