/** The board readers: sorted plain snapshots, defensive against malformed entries from peers. */
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { getBoardRoots, getControlMeta } from '../../../shared/board/layout.ts'
import {
  getCardMap,
  getCardText,
  readCard,
  readCards,
  readLinks,
  readMeta,
  readSource,
  readSources,
} from '../../../shared/board/accessors.ts'
import { addSource, createCard, initBoard, linkCards } from '../../../shared/board/mutators.ts'
import type { CardInput } from '../../../shared/board/schema.ts'

const CARD: CardInput = { stance: 'bull', text: '理由', x: 0, y: 0, authorId: 'u1', authorName: '甲' }

function isPlainObject(value: unknown) {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}

describe('readMeta', () => {
  it('returns empty strings and zeros before the board is initialised', () => {
    expect(readMeta(new Y.Doc())).toEqual({ title: '', motion: '', createdAt: 0, schemaVersion: 0 })
  })

  it('returns the meta written by initBoard', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: '辩题', motion: '动议' }, 5)
    expect(readMeta(doc)).toEqual({ title: '辩题', motion: '动议', createdAt: 5, schemaVersion: 1 })
  })
})

describe('sorted snapshots', () => {
  it('readCards returns cards oldest first, ties broken by id', () => {
    const doc = new Y.Doc()
    createCard(doc, CARD, { id: 'late', now: 30 })
    createCard(doc, CARD, { id: 'b-tie', now: 10 })
    createCard(doc, CARD, { id: 'early', now: 5 })
    createCard(doc, CARD, { id: 'a-tie', now: 10 })
    expect(readCards(doc).map((card) => card.id)).toEqual(['early', 'a-tie', 'b-tie', 'late'])
  })

  it('readSources returns sources oldest first, ties broken by id', () => {
    const doc = new Y.Doc()
    const source = { title: 't', language: 'zh', text: '正文', addedBy: '' }
    addSource(doc, source, { id: 'z', now: 2 })
    addSource(doc, source, { id: 'y', now: 1 })
    addSource(doc, source, { id: 'x', now: 2 })
    expect(readSources(doc).map((s) => s.id)).toEqual(['y', 'x', 'z'])
  })

  it('readLinks returns links sorted by id', () => {
    const doc = new Y.Doc()
    for (const id of ['a', 'b', 'c']) createCard(doc, CARD, { id })
    linkCards(doc, { from: 'a', to: 'b', kind: 'supports' }, { id: 'l3' })
    linkCards(doc, { from: 'b', to: 'c', kind: 'rebuts' }, { id: 'l1' })
    linkCards(doc, { from: 'c', to: 'a', kind: 'supports' }, { id: 'l2' })
    expect(readLinks(doc).map((link) => link.id)).toEqual(['l1', 'l2', 'l3'])
  })

  it('readCard returns a plain object whose text is a string, detached from the doc', () => {
    const doc = new Y.Doc()
    createCard(doc, CARD, { id: 'a' })
    const card = readCard(doc, 'a')!
    expect(isPlainObject(card)).toBe(true)
    expect(card.text).toBe('理由')
    card.text = 'changed'
    card.x = 99
    expect(readCard(doc, 'a')).toMatchObject({ text: '理由', x: 0 })
  })

  it('readSource returns a plain object detached from the doc', () => {
    const doc = new Y.Doc()
    addSource(doc, { title: 't', language: 'zh', text: '正文', addedBy: '' }, { id: 's' })
    const source = readSource(doc, 's')!
    expect(isPlainObject(source)).toBe(true)
    source.text = 'changed'
    expect(readSource(doc, 's')?.text).toBe('正文')
  })

  it('readers return undefined for ids that do not exist', () => {
    const doc = new Y.Doc()
    expect([readCard(doc, 'x'), readSource(doc, 'x'), getCardMap(doc, 'x'), getCardText(doc, 'x')]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})

describe('malformed entries', () => {
  /** A board with two valid cards a and b, to which each case adds something malformed. */
  function makeBoard() {
    const doc = new Y.Doc()
    createCard(doc, CARD, { id: 'a', now: 1 })
    createCard(doc, CARD, { id: 'b', now: 2 })
    return doc
  }

  const linkCases: { name: string; value: unknown }[] = [
    { name: 'a string', value: 'a->b' },
    { name: 'a number', value: 42 },
    { name: 'null', value: null },
    { name: 'an object without a target', value: { from: 'a', kind: 'supports' } },
    { name: 'an object whose ends are numbers', value: { from: 1, to: 2, kind: 'supports' } },
    { name: 'an object with an unknown kind', value: { from: 'a', to: 'b', kind: 'likes' } },
  ]

  for (const { name, value } of linkCases)
    it(`readLinks ignores a links entry that is ${name}`, () => {
      const doc = makeBoard()
      linkCards(doc, { from: 'a', to: 'b', kind: 'supports' }, { id: 'good' })
      getBoardRoots(doc).links.set('bad', value)
      expect(readLinks(doc)).toEqual([{ id: 'good', from: 'a', to: 'b', kind: 'supports' }])
    })

  it('readCards and readCard ignore a cards entry that is not a map', () => {
    const doc = makeBoard()
    ;(getBoardRoots(doc).cards as Y.Map<unknown>).set('bad', { stance: 'bull', text: 'x' })
    expect(readCards(doc).map((card) => card.id)).toEqual(['a', 'b'])
    expect(readCard(doc, 'bad')).toBeUndefined()
  })

  it('readSources and readSource ignore a sources entry that is not a map', () => {
    const doc = makeBoard()
    ;(getBoardRoots(doc).sources as Y.Map<unknown>).set('bad', 'text')
    expect(readSources(doc)).toEqual([])
    expect(readSource(doc, 'bad')).toBeUndefined()
  })

  it('readCard fills the missing fields of a bare card map with defaults', () => {
    const doc = makeBoard()
    getBoardRoots(doc).cards.set('bare', new Y.Map())
    expect(readCard(doc, 'bare')).toEqual({
      id: 'bare',
      stance: 'bull',
      text: '',
      x: 0,
      y: 0,
      authorId: '',
      authorName: '',
      createdAt: 0,
    })
  })

  const fieldCases: { name: string; field: string; value: unknown; expected: Record<string, unknown> }[] = [
    {
      name: 'an unknown stance reads as bull',
      field: 'stance',
      value: 'sideways',
      expected: { stance: 'bull' },
    },
    { name: 'a width that is not a number is left out', field: 'width', value: 'wide', expected: {} },
    { name: 'a null excerpt is left out', field: 'excerpt', value: null, expected: {} },
    { name: 'a team that is not a string is left out', field: 'team', value: 7, expected: {} },
    {
      name: 'an excerpt that is not a valid excerpt is left out',
      field: 'excerpt',
      value: { quote: 5 },
      expected: {},
    },
  ]

  for (const { name, field, value, expected } of fieldCases)
    it(`readCard: ${name}`, () => {
      const doc = makeBoard()
      getCardMap(doc, 'a')!.set(field, value)
      const card = readCard(doc, 'a')!
      const optional = ['width', 'excerpt', 'team'] as const
      expect(card).toMatchObject(expected)
      for (const key of optional) if (!(key in expected)) expect(card).not.toHaveProperty(key)
    })

  it('readSource omits a url that is not a string', () => {
    const doc = makeBoard()
    addSource(doc, { title: 't', language: 'zh', text: '正文', addedBy: '' }, { id: 's' })
    ;(getBoardRoots(doc).sources.get('s') as Y.Map<unknown>).set('url', 12)
    expect(readSource(doc, 's')).not.toHaveProperty('url')
  })
})

describe('readLinks and deleted cards', () => {
  const cases: { name: string; remove: string[]; visible: string[] }[] = [
    { name: 'the source card', remove: ['a'], visible: ['bc'] },
    { name: 'the target card', remove: ['c'], visible: ['ab'] },
    { name: 'both cards of a link', remove: ['b', 'c'], visible: [] },
    { name: 'no card', remove: [], visible: ['ab', 'bc'] },
  ]

  for (const { name, remove, visible } of cases)
    it(`hides links whose ends are gone after removing ${name}`, () => {
      const doc = new Y.Doc()
      for (const id of ['a', 'b', 'c']) createCard(doc, CARD, { id })
      linkCards(doc, { from: 'a', to: 'b', kind: 'supports' }, { id: 'ab' })
      linkCards(doc, { from: 'b', to: 'c', kind: 'rebuts' }, { id: 'bc' })
      // Deleted behind deleteCard's back, as a concurrent peer's deletion can leave a dangling link.
      for (const id of remove) getBoardRoots(doc).cards.delete(id)
      expect(readLinks(doc).map((link) => link.id)).toEqual(visible)
      expect(getBoardRoots(doc).links.size).toBe(2)
    })
})

describe('values another client stored badly', () => {
  const excerptCard = (doc: Y.Doc) => {
    const sourceId = addSource(doc, { title: 'A', language: 'en', text: 'Growth is strong.', addedBy: 'x' })
    return createCard(doc, {
      ...CARD,
      excerpt: { sourceId, start: 0, end: 6, quote: 'Growth', prefix: '', suffix: ' is strong.' },
    })
  }

  it('returns the same excerpt object on every read of an unchanged card, so views see no change', () => {
    const doc = new Y.Doc()
    const id = excerptCard(doc)
    const first = readCard(doc, id)!.excerpt
    expect(first).toBeDefined()
    expect(readCard(doc, id)!.excerpt).toBe(first)
    getCardMap(doc, id)!.set('excerpt', { ...first! })
    expect(readCard(doc, id)!.excerpt).not.toBe(first)
  })

  it.each([
    ['a string', 'left', 0],
    ['NaN', Number.NaN, 0],
    ['Infinity', Number.POSITIVE_INFINITY, 0],
    ['a number', 42, 42],
  ])('places a card whose x is %s at a finite position', (_name, stored, expected) => {
    const doc = new Y.Doc()
    const id = createCard(doc, CARD)
    getCardMap(doc, id)!.set('x', stored)
    expect(readCard(doc, id)!.x).toBe(expected)
  })

  it.each([
    ['negative', -5, undefined],
    ['huge', 1e9, undefined],
    ['in range', 320, 320],
  ])('keeps a %s width only when it is in range', (_name, stored, expected) => {
    const doc = new Y.Doc()
    const id = createCard(doc, CARD)
    getCardMap(doc, id)!.set('width', stored)
    expect(readCard(doc, id)!.width).toBe(expected)
  })

  it.each([
    ['javascript:', 'javascript:alert(1)', undefined],
    ['data:', 'data:text/html,<b>x</b>', undefined],
    ['not a URL', 'hello', undefined],
    ['https', 'https://example.org/a', 'https://example.org/a'],
  ])('hands out a source link written as %s only when it is a web link', (_name, stored, expected) => {
    const doc = new Y.Doc()
    const id = addSource(doc, { title: 'A', language: 'en', text: 'x', addedBy: 'x' })
    getBoardRoots(doc).sources.get(id)!.set('url', stored)
    expect(readSource(doc, id)!.url).toBe(expected)
  })
})

describe('hostile values', () => {
  /** Values an editor can store where a string or a number belongs, and some only local code can. */
  const hostile: [string, () => unknown][] = [
    ['an object whose toString is not a function', () => ({ toString: 1 })],
    ['an object whose toString and valueOf are not functions', () => ({ toString: 1, valueOf: 1 })],
    ['an object whose prototype breaks toString', () => JSON.parse('{"__proto__": {"toString": 1}}')],
    [
      'an object whose Symbol.toPrimitive throws',
      () => ({
        [Symbol.toPrimitive]: () => {
          throw new Error('no')
        },
      }),
    ],
    ['an array', () => [1, { toString: 1 }]],
    ['an empty array', () => []],
    ['NaN', () => Number.NaN],
    ['-Infinity', () => Number.NEGATIVE_INFINITY],
    ['a bigint', () => 10n],
    ['bytes', () => new Uint8Array([1, 2, 3])],
    ['null', () => null],
    ['true', () => true],
    ['a huge string', () => 'x'.repeat(2_000_000)],
    ['a nested Y.Map', () => new Y.Map()],
  ]
  const CARD_FIELDS = ['stance', 'text', 'x', 'y', 'width', 'excerpt', 'team', 'authorId', 'authorName']
  const SOURCE_FIELDS = ['title', 'language', 'text', 'url', 'sha256', 'addedBy', 'addedAt']
  const META_FIELDS = ['title', 'motion', 'createdAt', 'schemaVersion']

  /** Every reader's result, checked to hold strings where strings belong and finite numbers. */
  function readEverything(doc: Y.Doc) {
    const meta = readMeta(doc)
    const cards = readCards(doc)
    const sources = readSources(doc)
    for (const card of cards) {
      for (const key of ['id', 'stance', 'text', 'authorId', 'authorName'] as const)
        expect(typeof card[key]).toBe('string')
      for (const key of ['x', 'y', 'createdAt'] as const) expect(Number.isFinite(card[key])).toBe(true)
    }
    for (const source of sources)
      for (const key of ['title', 'text'] as const) expect(typeof source[key]).toBe('string')
    expect([typeof meta.title, Number.isFinite(meta.createdAt)]).toEqual(['string', true])
    return { meta, cards, sources, links: readLinks(doc) }
  }

  /** A board with a valid card and source, whose every field, and a links entry, hold `value`. */
  function boardHolding(value: () => unknown) {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'T' }, 1)
    createCard(doc, CARD, { id: 'good', now: 1 })
    createCard(doc, CARD, { id: 'bad', now: 2 })
    addSource(doc, { title: 't', language: 'zh', text: '正文', addedBy: '' }, { id: 's' })
    const { links, cards, sources } = getBoardRoots(doc)
    // A test board keeps its meta in the same document: readMeta reads any document's meta map.
    const meta = getControlMeta(doc)
    doc.transact(() => {
      for (const field of CARD_FIELDS) cards.get('bad')!.set(field, value())
      for (const field of SOURCE_FIELDS) sources.get('s')!.set(field, value())
      for (const field of META_FIELDS) meta.set(field, value())
      links.set('l', value())
      links.set('inside', { from: value(), to: 'good', kind: 'supports' })
    })
    return doc
  }

  for (const [name, value] of hostile) {
    it(`[AC32] every reader returns well-typed values when every field holds ${name}`, () => {
      const { cards, links } = readEverything(boardHolding(value))
      expect(cards.map((card) => card.id)).toEqual(['good', 'bad'])
      expect(cards[0]).not.toHaveProperty('unreadable')
      expect(cards[1]!.unreadable).toBe(true)
      expect(links).toEqual([])
    })
  }

  it('[AC32] every reader returns well-typed values for hostile values that came over the wire', () => {
    const wireSafe = hostile.filter(([name]) => !/Symbol|prototype$/.test(name))
    for (const [name, value] of wireSafe) {
      const received = new Y.Doc()
      Y.applyUpdate(received, Y.encodeStateAsUpdate(boardHolding(value)))
      expect(() => readEverything(received), name).not.toThrow()
      expect(readCard(received, 'bad')?.unreadable, name).toBe(true)
    }
  })

  it('[AC32] a card whose author decoded from an update has a hostile prototype is unreadable, not a throw', () => {
    const sent = new Y.Doc()
    createCard(sent, CARD, { id: 'c' })
    getCardMap(sent, 'c')!.set('authorName', JSON.parse('{"__proto__": {"toString": 1}}'))
    const received = new Y.Doc()
    Y.applyUpdate(received, Y.encodeStateAsUpdate(sent))
    // lib0 decodes the "__proto__" key as the object's prototype: the value String() chokes on.
    expect(() => String(getCardMap(received, 'c')!.get('authorName'))).toThrow(TypeError)
    expect(readCard(received, 'c')).toMatchObject({ authorName: '', unreadable: true })
  })

  it('[AC32] a card whose fields are merely missing is readable, with defaults', () => {
    const doc = new Y.Doc()
    getBoardRoots(doc).cards.set('bare', new Y.Map())
    expect(readCard(doc, 'bare')).not.toHaveProperty('unreadable')
  })
})
