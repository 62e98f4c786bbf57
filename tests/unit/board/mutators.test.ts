/** Every board mutator: one transaction, input validated before anything changes, and its own rules. */
import { createHash } from 'node:crypto'
import * as Y from 'yjs'
import { ZodError } from 'zod'
import { describe, expect, it } from 'vitest'
import { getBoardRoots } from '../../../shared/board/layout.ts'
import { getCardText, readCard, readLinks, readMeta, readSource } from '../../../shared/board/accessors.ts'
import {
  addSource,
  createCard,
  createCardFromExcerpt,
  deleteCard,
  deleteCards,
  initBoard,
  linkCards,
  moveCard,
  setCardStance,
  setCardText,
  setMeta,
  sha256Hex,
  unlinkCards,
} from '../../../shared/board/mutators.ts'
import { BOARD_SCHEMA_VERSION, LIMITS, type CardInput, type Stance } from '../../../shared/board/schema.ts'

const ARTICLE =
  '生成式AI的热潮正在降温。多家公司的算力订单出现延迟,投资者开始质疑估值。' +
  '但也有分析师认为,需求仍在增长,泡沫论站不住脚。🚀市场仍在观望。'

const CARD: CardInput = {
  stance: 'bull',
  text: '需求仍在增长',
  x: 0,
  y: 80,
  authorId: 'u1',
  authorName: '小明',
}

/** A board with meta, one source, cards a, b, c and links a→b (ab), b→c (bc), c→a (ca). */
function makeBoard() {
  const doc = new Y.Doc()
  initBoard(doc, { title: '泡沫?', motion: 'AI 热潮不可持续' }, 1_000)
  addSource(
    doc,
    { title: '文章', language: 'zh-Hans', text: ARTICLE, addedBy: '小明' },
    { id: 'src', now: 1 },
  )
  for (const [i, id] of ['a', 'b', 'c'].entries()) createCard(doc, { ...CARD, y: i * 200 }, { id, now: i })
  linkCards(doc, { from: 'a', to: 'b', kind: 'supports' }, { id: 'ab' })
  linkCards(doc, { from: 'b', to: 'c', kind: 'rebuts' }, { id: 'bc' })
  linkCards(doc, { from: 'c', to: 'a', kind: 'rebuts' }, { id: 'ca' })
  return doc
}

/** Runs `change` and counts the transactions and update events it causes. */
function observe(doc: Y.Doc, change: () => unknown) {
  let transactions = 0
  let updates = 0
  const onTransaction = () => transactions++
  const onUpdate = () => updates++
  doc.on('afterTransaction', onTransaction)
  doc.on('update', onUpdate)
  try {
    const result = change()
    return { transactions, updates, result }
  } finally {
    doc.off('afterTransaction', onTransaction)
    doc.off('update', onUpdate)
  }
}

/** Copies the full state of `from` into `to`. */
function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from))
}

describe('mutators on valid input', () => {
  const cases: { name: string; run: (doc: Y.Doc) => unknown; check: (doc: Y.Doc) => void }[] = [
    {
      name: 'initBoard writes title, motion, creation time and schema version',
      run: (doc) => initBoard(doc, { title: '  新标题  ', motion: '动议' }, 42),
      check: (doc) =>
        expect(readMeta(doc)).toEqual({
          title: '新标题',
          motion: '动议',
          createdAt: 42,
          schemaVersion: BOARD_SCHEMA_VERSION,
        }),
    },
    {
      name: 'setMeta changes only the title when only the title is given',
      run: (doc) => setMeta(doc, { title: '另一个标题' }),
      check: (doc) => expect(readMeta(doc)).toMatchObject({ title: '另一个标题', motion: 'AI 热潮不可持续' }),
    },
    {
      name: 'setMeta changes title and motion together',
      run: (doc) => setMeta(doc, { title: 'T', motion: 'M' }),
      check: (doc) => expect(readMeta(doc)).toMatchObject({ title: 'T', motion: 'M' }),
    },
    {
      name: 'addSource stores the source under the given id',
      run: (doc) =>
        addSource(
          doc,
          {
            title: 'Second',
            language: 'en',
            text: 'Plain text.',
            url: 'https://example.com/a',
            addedBy: 'x',
          },
          { id: 'src2', now: 7 },
        ),
      check: (doc) =>
        expect(readSource(doc, 'src2')).toEqual({
          id: 'src2',
          title: 'Second',
          language: 'en',
          text: 'Plain text.',
          url: 'https://example.com/a',
          addedBy: 'x',
          addedAt: 7,
          sha256: sha256Hex('Plain text.'),
        }),
    },
    {
      name: 'createCard stores the card with a collaborative text',
      run: (doc) =>
        createCard(doc, { ...CARD, stance: 'bear', width: 300, team: '红队' }, { id: 'd', now: 9 }),
      check: (doc) => {
        expect(readCard(doc, 'd')).toEqual({
          id: 'd',
          stance: 'bear',
          text: '需求仍在增长',
          x: 0,
          y: 80,
          width: 300,
          team: '红队',
          authorId: 'u1',
          authorName: '小明',
          createdAt: 9,
        })
        expect(getCardText(doc, 'd')).toBeInstanceOf(Y.Text)
      },
    },
    {
      name: 'createCardFromExcerpt stores a card citing the source',
      run: (doc) => createCardFromExcerpt(doc, { ...CARD, sourceId: 'src', start: 0, end: 5 }, { id: 'd' }),
      check: (doc) => expect(readCard(doc, 'd')?.excerpt?.quote).toBe('生成式AI'),
    },
    {
      name: 'moveCard sets both coordinates',
      run: (doc) => moveCard(doc, 'b', { x: -30.5, y: 1e6 }),
      check: (doc) => expect(readCard(doc, 'b')).toMatchObject({ x: -30.5, y: 1e6 }),
    },
    {
      name: 'setCardStance turns a bull card into a bear card',
      run: (doc) => setCardStance(doc, 'a', 'bear'),
      check: (doc) => expect(readCard(doc, 'a')?.stance).toBe('bear'),
    },
    {
      name: 'setCardText replaces the text',
      run: (doc) => setCardText(doc, 'a', '需求确实仍在快速增长!'),
      check: (doc) => expect(readCard(doc, 'a')?.text).toBe('需求确实仍在快速增长!'),
    },
    {
      name: 'linkCards adds a link between two existing cards',
      run: (doc) => linkCards(doc, { from: 'b', to: 'a', kind: 'rebuts' }, { id: 'ba' }),
      check: (doc) => expect(readLinks(doc)).toContainEqual({ id: 'ba', from: 'b', to: 'a', kind: 'rebuts' }),
    },
    {
      name: 'unlinkCards removes the link',
      run: (doc) => unlinkCards(doc, 'ab'),
      check: (doc) => expect(readLinks(doc).map((l) => l.id)).toEqual(['bc', 'ca']),
    },
    {
      name: 'deleteCard removes the card',
      run: (doc) => deleteCard(doc, 'c'),
      check: (doc) => expect(readCard(doc, 'c')).toBeUndefined(),
    },
    {
      name: 'deleteCards removes every listed card',
      run: (doc) => deleteCards(doc, ['a', 'c']),
      check: (doc) => expect([...getBoardRoots(doc).cards.keys()]).toEqual(['b']),
    },
  ]

  for (const { name, run, check } of cases)
    it(`${name}, in one transaction`, () => {
      const doc = makeBoard()
      const { transactions, updates } = observe(doc, () => run(doc))
      expect({ transactions, updates }).toEqual({ transactions: 1, updates: 1 })
      check(doc)
    })
})

describe('mutators on invalid input', () => {
  const tooLong = (n: number) => '字'.repeat(n + 1)
  const cases: { name: string; run: (doc: Y.Doc) => unknown }[] = [
    { name: 'initBoard refuses a blank title', run: (doc) => initBoard(doc, { title: '   ' }) },
    {
      name: 'initBoard refuses a title over the limit',
      run: (doc) => initBoard(doc, { title: tooLong(LIMITS.titleLength) }),
    },
    { name: 'setMeta refuses an empty title', run: (doc) => setMeta(doc, { title: '' }) },
    {
      name: 'setMeta refuses a motion over the limit',
      run: (doc) => setMeta(doc, { motion: tooLong(LIMITS.motionLength) }),
    },
    {
      name: 'addSource refuses a url that is not a URL',
      run: (doc) => addSource(doc, { title: 't', language: 'en', text: 'x', url: 'not a url', addedBy: '' }),
    },
    {
      name: 'addSource refuses an empty text',
      run: (doc) => addSource(doc, { title: 't', language: 'en', text: '', addedBy: '' }),
    },
    {
      name: 'createCard refuses an unknown stance',
      run: (doc) => createCard(doc, { ...CARD, stance: 'neutral' as Stance }),
    },
    {
      name: 'createCard refuses a NaN coordinate',
      run: (doc) => createCard(doc, { ...CARD, x: Number.NaN }),
    },
    {
      name: 'createCard refuses an infinite coordinate',
      run: (doc) => createCard(doc, { ...CARD, y: Number.POSITIVE_INFINITY }),
    },
    {
      name: 'createCard refuses a text over the limit',
      run: (doc) => createCard(doc, { ...CARD, text: tooLong(LIMITS.cardTextLength) }),
    },
    {
      name: 'createCard refuses an excerpt whose offsets do not span its quote',
      run: (doc) =>
        createCard(doc, {
          ...CARD,
          excerpt: { sourceId: 'src', start: 0, end: 3, quote: '生成式AI', prefix: '', suffix: '' },
        }),
    },
    {
      name: 'createCardFromExcerpt refuses an invalid card',
      run: (doc) => createCardFromExcerpt(doc, { ...CARD, authorId: '', sourceId: 'src', start: 0, end: 2 }),
    },
    {
      name: 'moveCard refuses an infinite coordinate',
      run: (doc) => moveCard(doc, 'a', { x: Infinity, y: 0 }),
    },
    {
      name: 'moveCard refuses a coordinate out of range',
      run: (doc) => moveCard(doc, 'a', { x: 0, y: 2e6 }),
    },
    {
      name: 'setCardStance refuses an unknown stance',
      run: (doc) => setCardStance(doc, 'a', 'up' as Stance),
    },
    {
      name: 'setCardStance refuses an unknown stance even for a missing card',
      run: (doc) => setCardStance(doc, 'missing', 'up' as Stance),
    },
    {
      name: 'setCardText refuses a text over the card limit',
      run: (doc) => setCardText(doc, 'a', tooLong(LIMITS.cardTextLength)),
    },
    {
      name: 'linkCards refuses a self-link',
      run: (doc) => linkCards(doc, { from: 'a', to: 'a', kind: 'supports' }),
    },
    {
      name: 'linkCards refuses an unknown kind',
      run: (doc) => linkCards(doc, { from: 'a', to: 'b', kind: 'likes' as 'supports' }),
    },
    {
      name: 'linkCards refuses a malformed card id',
      run: (doc) => linkCards(doc, { from: 'A B', to: 'b', kind: 'supports' }),
    },
  ]

  for (const { name, run } of cases)
    it(`${name} with a ZodError and leaves the doc unchanged`, () => {
      const doc = makeBoard()
      const before = Y.encodeStateVector(doc)
      const { updates } = observe(doc, () => expect(() => run(doc)).toThrow(ZodError))
      expect(updates).toBe(0)
      expect(Y.encodeStateVector(doc)).toEqual(before)
    })
})

describe('mutators on missing cards', () => {
  const cases: { name: string; run: (doc: Y.Doc) => unknown }[] = [
    { name: 'moveCard', run: (doc) => moveCard(doc, 'missing', { x: 1, y: 2 }) },
    { name: 'setCardStance', run: (doc) => setCardStance(doc, 'missing', 'bear') },
    { name: 'setCardText', run: (doc) => setCardText(doc, 'missing', 'text') },
    { name: 'deleteCard', run: (doc) => deleteCard(doc, 'missing') },
    { name: 'unlinkCards', run: (doc) => unlinkCards(doc, 'missing') },
    {
      name: 'linkCards (missing target)',
      run: (doc) => linkCards(doc, { from: 'a', to: 'missing', kind: 'supports' }),
    },
    {
      name: 'linkCards (missing source)',
      run: (doc) => linkCards(doc, { from: 'missing', to: 'a', kind: 'rebuts' }),
    },
  ]

  for (const { name, run } of cases)
    it(`${name} on a missing card changes nothing and returns undefined`, () => {
      const doc = makeBoard()
      const before = Y.encodeStateAsUpdate(doc)
      const { updates, result } = observe(doc, () => run(doc))
      expect(result).toBeUndefined()
      expect(updates).toBe(0)
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
    })

  it('createCardFromExcerpt refuses a source that does not exist and adds no card', () => {
    const doc = makeBoard()
    const before = Y.encodeStateVector(doc)
    expect(() => createCardFromExcerpt(doc, { ...CARD, sourceId: 'nope', start: 0, end: 1 })).toThrow(
      RangeError,
    )
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })

  it('createCardFromExcerpt refuses offsets outside the source and adds no card', () => {
    const doc = makeBoard()
    const before = Y.encodeStateVector(doc)
    expect(() =>
      createCardFromExcerpt(doc, { ...CARD, sourceId: 'src', start: 0, end: ARTICLE.length + 1 }),
    ).toThrow(RangeError)
    expect(Y.encodeStateVector(doc)).toEqual(before)
  })
})

describe('deleteCard', () => {
  const rawLinkIds = (doc: Y.Doc) => [...getBoardRoots(doc).links.keys()].sort()

  it('removes the links from and to the card and keeps the others', () => {
    const doc = makeBoard()
    linkCards(doc, { from: 'a', to: 'c', kind: 'supports' }, { id: 'ac' })
    deleteCard(doc, 'b')
    // The raw map, not readLinks: readLinks would hide dangling links anyway.
    expect(rawLinkIds(doc)).toEqual(['ac', 'ca'])
    expect(readCard(doc, 'a')).toBeDefined()
    expect(readCard(doc, 'c')).toBeDefined()
  })

  it('removes every link touching any of several cards in one transaction', () => {
    const doc = makeBoard()
    const { transactions } = observe(doc, () => deleteCards(doc, ['a', 'b']))
    expect(transactions).toBe(1)
    expect(rawLinkIds(doc)).toEqual([])
    expect([...getBoardRoots(doc).cards.keys()]).toEqual(['c'])
  })

  it('keeps links between the remaining cards when a peer deletes another card concurrently', () => {
    const left = makeBoard()
    const right = new Y.Doc()
    sync(left, right)
    deleteCard(left, 'a')
    linkCards(right, { from: 'b', to: 'c', kind: 'supports' }, { id: 'bc2' })
    sync(left, right)
    sync(right, left)
    expect(rawLinkIds(left)).toEqual(['bc', 'bc2'])
    expect(readLinks(right)).toEqual(readLinks(left))
  })
})

describe('linkCards', () => {
  it('returns the id of the new link', () => {
    const doc = makeBoard()
    const id = linkCards(doc, { from: 'a', to: 'c', kind: 'supports' })
    expect(id).toMatch(/^[a-z0-9]{16}$/)
    expect(getBoardRoots(doc).links.get(id!)).toEqual({ from: 'a', to: 'c', kind: 'supports' })
  })
})

describe('setCardText', () => {
  const deltaCases: { name: string; from: string; to: string; delta: unknown[] }[] = [
    {
      name: 'replaces only the changed middle',
      from: 'abcdef',
      to: 'abXYef',
      // Inserted before the deletion on purpose (see setCardText): the replacement keeps its place.
      delta: [{ retain: 2 }, { insert: 'XY' }, { delete: 2 }],
    },
    { name: 'appends at the end', from: '看多', to: '看多!', delta: [{ retain: 2 }, { insert: '!' }] },
    { name: 'deletes at the start', from: '不看多', to: '看多', delta: [{ delete: 1 }] },
    {
      name: 'inserts once into a run of equal characters',
      from: 'aaa',
      to: 'aaaa',
      delta: [{ retain: 3 }, { insert: 'a' }],
    },
    { name: 'clears the text', from: 'abc', to: '', delta: [{ delete: 3 }] },
  ]

  for (const { name, from, to, delta } of deltaCases)
    it(`${name} with the smallest edit`, () => {
      const doc = new Y.Doc()
      createCard(doc, { ...CARD, text: from }, { id: 'a' })
      const events: unknown[] = []
      getCardText(doc, 'a')!.observe((event) => events.push(event.delta))
      setCardText(doc, 'a', to)
      expect(events).toEqual([delta])
      expect(readCard(doc, 'a')?.text).toBe(to)
    })

  it('does nothing when the text is unchanged', () => {
    const doc = makeBoard()
    const { transactions, updates } = observe(doc, () => setCardText(doc, 'a', CARD.text!))
    expect({ transactions, updates }).toEqual({ transactions: 0, updates: 0 })
  })

  const concurrentCases: { name: string; base: string; left: string; right: string; merged: string }[] = [
    {
      name: 'an insertion in the middle and one at the end',
      base: 'hello world',
      left: 'hello brave world',
      right: 'hello world!',
      merged: 'hello brave world!',
    },
    {
      name: 'a deletion at the start and an insertion at the end',
      base: 'the quick fox',
      left: 'quick fox',
      right: 'the quick fox jumps',
      merged: 'quick fox jumps',
    },
    {
      name: 'Chinese typing in two places',
      base: '看多:需求强劲',
      left: '看多:需求非常强劲',
      right: '看多:需求强劲。',
      merged: '看多:需求非常强劲。',
    },
    {
      name: 'a replaced word and typing at the start',
      base: '估值偏高',
      left: '估值极高',
      right: '注意:估值偏高',
      merged: '注意:估值极高',
    },
    {
      name: 'an emoji replaced and typing at the end',
      base: '好😀',
      left: '好😁',
      right: '好😀吗',
      merged: '好😁吗',
    },
  ]

  for (const { name, base, left, right, merged } of concurrentCases)
    it(`keeps concurrent typing elsewhere: ${name}`, () => {
      const leftDoc = new Y.Doc()
      createCard(leftDoc, { ...CARD, text: base }, { id: 'a' })
      const rightDoc = new Y.Doc()
      sync(leftDoc, rightDoc)
      setCardText(leftDoc, 'a', left)
      setCardText(rightDoc, 'a', right)
      sync(leftDoc, rightDoc)
      sync(rightDoc, leftDoc)
      expect(readCard(leftDoc, 'a')?.text).toBe(merged)
      expect(readCard(rightDoc, 'a')?.text).toBe(merged)
    })

  it('never splits a surrogate pair when one emoji replaces another', () => {
    const doc = new Y.Doc()
    createCard(doc, { ...CARD, text: '好😀' }, { id: 'a' })
    setCardText(doc, 'a', '好😁')
    const peer = new Y.Doc()
    sync(doc, peer)
    expect(readCard(doc, 'a')?.text).toBe('好😁')
    expect(readCard(peer, 'a')?.text).toBe('好😁')
  })
})

describe('createCardFromExcerpt', () => {
  const cases: { quote: string; prefix: string; suffix: string }[] = [
    { quote: '生成式AI', prefix: '', suffix: ARTICLE.slice(5, 5 + LIMITS.contextLength) },
    {
      quote: '泡沫论站不住脚',
      prefix: ARTICLE.slice(ARTICLE.indexOf('泡沫论') - 32, ARTICLE.indexOf('泡沫论')),
      suffix: '。🚀市场仍在观望。',
    },
    {
      quote: '市场仍在观望。',
      prefix: ARTICLE.slice(ARTICLE.indexOf('市场') - 32, ARTICLE.indexOf('市场')),
      suffix: '',
    },
  ]

  for (const { quote, prefix, suffix } of cases)
    it(`builds quote, prefix and suffix of “${quote}” from the source text`, () => {
      const doc = makeBoard()
      const start = ARTICLE.indexOf(quote)
      const id = createCardFromExcerpt(doc, { ...CARD, sourceId: 'src', start, end: start + quote.length })
      expect(readCard(doc, id)?.excerpt).toEqual({
        sourceId: 'src',
        start,
        end: start + quote.length,
        quote,
        prefix,
        suffix,
      })
    })
})

describe('addSource', () => {
  const texts: { name: string; text: string }[] = [
    { name: 'Chinese with full-width punctuation', text: ARTICLE },
    { name: 'surrounding whitespace and CRLF line ends', text: '  第一段\r\n\r\n第二段\t \n' },
    { name: 'combining marks (not normalised)', text: 'Cafe\u0301 vs Café' },
    { name: 'emoji and a non-breaking space', text: '🚀\u00a0到月球 👩‍👩‍👧' },
  ]

  for (const { name, text } of texts)
    it(`keeps ${name} byte-identical and stores its sha256`, () => {
      const doc = new Y.Doc()
      const id = addSource(doc, { title: 't', language: 'zh-Hans', text, addedBy: '' })
      const peer = new Y.Doc()
      sync(doc, peer)
      const expectedHash = createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex')
      for (const replica of [doc, peer]) {
        expect(readSource(replica, id)?.text).toBe(text)
        expect(readSource(replica, id)?.sha256).toBe(expectedHash)
      }
    })

  it('returns a fresh id when none is given', () => {
    const doc = new Y.Doc()
    const first = addSource(doc, { title: 't', language: 'en', text: 'a', addedBy: '' })
    const second = addSource(doc, { title: 't', language: 'en', text: 'a', addedBy: '' })
    expect(first).not.toBe(second)
    expect(readSource(doc, first)?.sha256).toBe(readSource(doc, second)?.sha256)
  })
})
