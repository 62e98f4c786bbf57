/** The board readers: sorted plain snapshots, defensive against malformed entries from peers. */
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { getBoardRoots } from '../../../shared/board/layout.ts'
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
