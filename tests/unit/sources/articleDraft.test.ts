import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { checkArticle, problemsWhileTyping, type ArticleDraft } from '../../../client/sources/articleDraft.ts'
import { sourcesStrings } from '../../../client/sources/strings.ts'
import { LIMITS } from '../../../shared/board/schema.ts'

const valid: ArticleDraft = {
  title: 'Altman clarifies',
  language: 'zh-Hant',
  url: '',
  text: '我想澄清幾點。\n首先，',
}

function problemKeys(draft: Partial<ArticleDraft>, maxBytes?: number) {
  const check = checkArticle({ ...valid, ...draft }, maxBytes)
  return check.ok
    ? {}
    : Object.fromEntries(Object.entries(check.problems).map(([field, p]) => [field, p.key]))
}

const i18n = i18next.createInstance()
void i18n.init({
  lng: 'en',
  ns: ['sources'],
  defaultNS: 'sources',
  resources: Object.fromEntries(
    Object.entries(sourcesStrings).map(([lng, strings]) => [lng, { sources: strings }]),
  ),
  initAsync: false,
  interpolation: { escapeValue: false },
})

describe('checking an article before it is added', () => {
  it.each([
    ['no title', { title: '   ' }, { title: 'titleRequired' }],
    ['a title that is too long', { title: 'x'.repeat(LIMITS.titleLength + 1) }, { title: 'titleTooLong' }],
    ['a one-letter language tag', { language: 'e' }, { language: 'languageInvalid' }],
    ['a javascript: link', { url: 'javascript:alert(1)' }, { url: 'urlInvalid' }],
    ['a link without a scheme', { url: 'example.com/article' }, { url: 'urlInvalid' }],
    ['no text', { text: '' }, { text: 'textRequired' }],
    ['only white space', { text: ' \n\t\u3000' }, { text: 'textBlank' }],
    ['too many characters', { text: 'a'.repeat(LIMITS.sourceTextLength + 1) }, { text: 'textTooLong' }],
    [
      'several problems',
      { title: '', url: 'ftp://x.org', text: '' },
      { title: 'titleRequired', url: 'urlInvalid', text: 'textRequired' },
    ],
  ])('reports %s', (_case, draft, expected) => {
    expect(problemKeys(draft)).toEqual(expected)
  })

  it('refuses a text whose UTF-8 size is over the cap, with the sizes in MB', () => {
    const text = '中'.repeat(400_000)
    const check = checkArticle({ ...valid, text }, 1024 * 1024)
    expect(check.ok).toBe(false)
    const problem = !check.ok && check.problems.text
    expect(problem).toEqual({ key: 'textTooLarge', values: { size: 1.14, max: 1 } })
    expect(i18n.t(problem ? problem.key : '', problem ? problem.values : {})).toBe(
      'The text is 1.14 MB; a board accepts at most 1 MB per article.',
    )
  })

  it('keeps the text exactly as given, and trims only the title, language and link', () => {
    const text = '  第一段。\r\n\r\n第二段 \u00A0\n'
    const check = checkArticle({ title: '  Title ', language: ' en ', url: ' https://example.com/a ', text })
    expect(check).toEqual({
      ok: true,
      input: { title: 'Title', language: 'en', url: 'https://example.com/a', text },
    })
  })

  it('leaves out an empty link', () => {
    const check = checkArticle({ ...valid, url: '  ' })
    expect(check).toEqual({ ok: true, input: { ...valid, url: undefined } })
  })

  it('shows only over-limit text problems while the person is still typing', () => {
    const typing = checkArticle({ ...valid, title: '', text: 'a'.repeat(LIMITS.sourceTextLength + 1) })
    expect(!typing.ok && problemsWhileTyping(typing.problems)).toEqual({
      text: {
        key: 'textTooLong',
        values: { count: LIMITS.sourceTextLength + 1, max: LIMITS.sourceTextLength },
      },
    })
  })

  it.each([
    ['en', 'The text has 500,001 characters; an article has at most 500,000.'],
    ['zh-Hans', '正文有 500,001 个字符，一篇文章最多 500,000 个字符。'],
    ['zh-Hant', '內文有 500,001 個字元，一篇文章最多 500,000 個字元。'],
  ])('words the too-long message in %s', (lng, expected) => {
    const check = checkArticle({ ...valid, text: 'a'.repeat(LIMITS.sourceTextLength + 1) })
    const problem = !check.ok ? check.problems.text : undefined
    expect(i18n.getFixedT(lng, 'sources')(problem!.key, problem!.values)).toBe(expected)
  })

  it('has every message in every language, with the same placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((match) => match[1]).sort()
    for (const strings of Object.values(sourcesStrings)) {
      expect(Object.keys(strings).sort()).toEqual(Object.keys(sourcesStrings.en).sort())
      for (const [key, text] of Object.entries(strings))
        expect(placeholders(text), key).toEqual(
          placeholders(sourcesStrings.en[key as keyof typeof sourcesStrings.en]),
        )
    }
  })
})
