/** [SR11] The brief cites a PDF article's passage by page: "p. N" after the article's title. */
import { describe, expect, it } from 'vitest'
import { briefOutline } from '../../../server/exports/briefOutline.ts'
import { markdownBrief } from '../../../server/exports/markdownBrief.ts'
import { card, content, source } from './content.ts'

// content.ts's article: "Prices rose in May. Rates rose again in June." with the cards on "Rates rose".
const PDF = {
  ...source('s1', null),
  pages: [
    { page: 1, start: 0, end: 19 },
    { page: 2, start: 20, end: 45 },
  ],
}

describe('pages in the brief', () => {
  it.each([
    { lang: 'en', line: 'Source: *Article s1*, p. 2' },
    { lang: 'zh-Hans', line: '来源: *Article s1*, 第 2 页' },
    { lang: 'zh-Hant', line: '來源: *Article s1*, 第 2 頁' },
  ] as const)('[SR11] the Markdown brief ($lang) names the page after the title', ({ lang, line }) => {
    const outline = briefOutline(content({ sources: [PDF], cards: [card('a', 'bull', 1)] }))
    expect(outline.sides[0]!.items[0]!.pages).toEqual({ first: 2, last: 2 })
    expect(markdownBrief(outline, lang).split('\n')).toContain(`   ${line}`)
  })

  it('[SR11] an article without pages is cited by title alone', () => {
    const outline = briefOutline(content({ sources: [source('s1', null)], cards: [card('a', 'bull', 1)] }))
    expect(outline.sides[0]!.items[0]!.pages).toBeUndefined()
    expect(markdownBrief(outline, 'en')).toContain('   Source: *Article s1*\n')
  })
})
