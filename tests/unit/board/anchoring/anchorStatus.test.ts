/** Orphans and drift, the pure part: is an excerpt found exactly, moved, changed or orphaned? */
import { describe, expect, it } from 'vitest'
import { AnchorStatus, anchorStatusOf } from '../../../../shared/board/anchoring/anchorStatus.ts'
import { makeExcerpt } from '../../../../shared/board/excerpt.ts'

const ARTICLE = '我们认为政府不应选择赢家或输家。纳税人也不应为企业的错误决策埋单。'
const QUOTE = '纳税人也不应为企业的错误决策埋单'
const EXCERPT = makeExcerpt('article', ARTICLE, ARTICLE.indexOf(QUOTE), ARTICLE.indexOf(QUOTE) + QUOTE.length)

describe('anchorStatusOf', () => {
  const cases: { name: string; text: string; status: AnchorStatus; found?: string }[] = [
    {
      name: 'is exact when the article did not change',
      text: ARTICLE,
      status: AnchorStatus.Exact,
      found: QUOTE,
    },
    {
      name: 'is exact when only the context changed',
      text: ARTICLE.replace('我们认为', '我们坚持认为').slice(2),
      status: AnchorStatus.Exact,
      found: QUOTE,
    },
    {
      name: 'is moved when text was inserted before it',
      text: '编者按。' + ARTICLE,
      status: AnchorStatus.Moved,
      found: QUOTE,
    },
    {
      name: 'is moved when its sentence moved to the front',
      text: QUOTE + '。' + ARTICLE.replace(QUOTE + '。', ''),
      status: AnchorStatus.Moved,
      found: QUOTE,
    },
    {
      name: 'is changed when a typo was fixed in it',
      text: ARTICLE.replace('埋单', '买单'),
      status: AnchorStatus.Changed,
      found: '纳税人也不应为企业的错误决策买单',
    },
    {
      name: 'is changed when only its punctuation or spacing changed',
      text: ARTICLE.replace('错误决策', '错误\r\n决策'),
      status: AnchorStatus.Changed,
      found: '纳税人也不应为企业的错误\r\n决策埋单',
    },
    {
      name: 'is orphaned when its sentence was deleted',
      text: ARTICLE.replace(QUOTE + '。', ''),
      status: AnchorStatus.Orphaned,
    },
    {
      name: 'is orphaned when its sentence was rewritten',
      text: ARTICLE.replace(QUOTE, '企业的失误应当由企业自己承担后果'),
      status: AnchorStatus.Orphaned,
    },
    { name: 'is orphaned in an empty article', text: '', status: AnchorStatus.Orphaned },
  ]

  for (const { name, text, status, found } of cases)
    it(name, () => {
      const anchoring = anchorStatusOf(text, EXCERPT)
      expect(anchoring.status).toBe(status)
      const range = anchoring.range
      expect(range && text.slice(range.start, range.end)).toBe(found ?? null)
    })
})
