import { describe, expect, it } from 'vitest'
import { encodeTextTerm, textFragmentOf, urlAtPassage } from '../../../shared/board/textFragment.ts'

// Each row: an excerpt (quote with the context stored beside it) and the directive a browser gets.
const ROWS: { name: string; prefix: string; quote: string; suffix: string; fragment: string }[] = [
  {
    name: 'a short English quote is sent whole, with whole words of context',
    prefix: 'rates on Tuesday, and the central ',
    quote: 'bank raised rates',
    suffix: ' by half a point, its largest rise',
    fragment: ':~:text=and%20the%20central-,bank%20raised%20rates,-by%20half%20a',
  },
  {
    name: 'a long English quote is matched by its first and last four words',
    prefix: 'The report ends: ',
    quote: 'investors kept buying the shares long after the company had stopped making any profit at all.',
    suffix: ' Then it fell.',
    fragment:
      ':~:text=The%20report%20ends%3A-,investors%20kept%20buying%20the,any%20profit%20at%20all.,-Then%20it%20fell.',
  },
  {
    name: 'commas, dashes and ampersands in a quote are percent-encoded',
    prefix: '',
    quote: 'AT&T, the long-time leader',
    suffix: '',
    fragment: ':~:text=AT%26T%2C%20the%20long%2Dtime%20leader',
  },
  {
    name: 'dashes and commas in the context are encoded too, and the prefix keeps its own dash marker',
    prefix: 'a so-called, ',
    quote: 'bubble',
    suffix: ' — or not',
    fragment: ':~:text=a%20so%2Dcalled%2C-,bubble,-%E2%80%94%20or%20not',
  },
  {
    name: 'a short Chinese quote is sent whole, with six characters of context on each side',
    prefix: '这是一篇关于人工智能泡沫的文章。作者认为,',
    quote: '多个AI“末日的预兆”已经出现',
    suffix: ',包括OpenAI匆忙推出的产品。',
    fragment: `:~:text=${enc('。作者认为,')}-,${enc('多个AI“末日的预兆”已经出现')},-${enc(',包括Ope')}`,
  },
  {
    name: 'a long Chinese quote is matched by its first and last eight characters',
    prefix: '',
    quote: '生成式人工智能的热潮建立在一个从未被证明可以盈利的商业模式之上,而投资者仍在加码。',
    suffix: '',
    fragment: `:~:text=${enc('生成式人工智能的')},${enc('投资者仍在加码。')}`,
  },
  {
    name: 'the context stops at a line break, which the original page renders as another paragraph',
    prefix: 'Title of the piece\nOpening ',
    quote: 'words here',
    suffix: ' end.\nNext paragraph',
    fragment: ':~:text=Opening-,words%20here,-end.',
  },
  {
    name: 'a word cut by the stored context’s fixed length is left out',
    prefix: 'ionally high and rising fast now ',
    quote: 'prices',
    suffix: ' kept climbing through the summer mon',
    fragment: ':~:text=rising%20fast%20now-,prices,-kept%20climbing%20through',
  },
  {
    name: 'runs of whitespace in the quote collapse to one space, as the browser matches them',
    prefix: '',
    quote: 'one\n  two\tthree',
    suffix: '',
    fragment: ':~:text=one%20two%20three',
  },
]

function enc(text: string) {
  return encodeURIComponent(text).replace(/-/g, '%2D')
}

describe('text fragment of an excerpt', () => {
  it.each(ROWS)('[SR2] $name', ({ prefix, quote, suffix, fragment }) => {
    expect(textFragmentOf({ prefix, quote, suffix })).toBe(fragment)
  })

  it('[SR2] encodes the directive syntax characters -, & and , in every term', () => {
    expect(encodeTextTerm('a-b&c,d')).toBe('a%2Db%26c%2Cd')
  })

  it('[SR2] an empty quote gives no directive and leaves the URL alone', () => {
    expect(textFragmentOf({ prefix: 'a ', quote: '  ', suffix: ' b' })).toBe('')
    expect(urlAtPassage('https://example.com/a', { prefix: '', quote: '', suffix: '' })).toBe(
      'https://example.com/a',
    )
  })
})

describe('URL at a passage', () => {
  const excerpt = { quote: 'rates rose', prefix: 'In May ', suffix: ' again.' }

  it('[SR2] appends the directive after the fragment delimiter', () => {
    expect(urlAtPassage('https://example.com/a?b=1', excerpt)).toBe(
      'https://example.com/a?b=1#:~:text=In%20May-,rates%20rose,-again.',
    )
  })

  it('[SR2] keeps an existing fragment and replaces an older directive', () => {
    expect(urlAtPassage('https://example.com/a#section-2', excerpt)).toBe(
      'https://example.com/a#section-2:~:text=In%20May-,rates%20rose,-again.',
    )
    expect(urlAtPassage('https://example.com/a#:~:text=old', excerpt)).toBe(
      'https://example.com/a#:~:text=In%20May-,rates%20rose,-again.',
    )
  })
})
