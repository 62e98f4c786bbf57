/** The zod validators of everything stored in a board: what they accept, refuse and normalise. */
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  boardIdSchema,
  cardInputSchema,
  excerptSchema,
  LIMITS,
  linkInputSchema,
  metaInputSchema,
  sourceInputSchema,
} from '../../../shared/board/schema.ts'

interface Case {
  name: string
  input: unknown
  valid: boolean
}

/** Registers one test per case: valid input parses, invalid input fails. */
function describeValidator(title: string, schema: z.ZodType, cases: Case[]) {
  describe(title, () => {
    for (const { name, input, valid } of cases)
      it(`${valid ? 'accepts' : 'refuses'} ${name}`, () => {
        const result = schema.safeParse(input)
        expect(result.success, JSON.stringify(result.error?.issues)).toBe(valid)
      })
  })
}

const EXCERPT = { sourceId: 'src-1', start: 10, end: 14, quote: '需求强劲', prefix: '因为', suffix: '。' }

describeValidator('excerptSchema', excerptSchema, [
  { name: 'a well-formed excerpt', input: EXCERPT, valid: true },
  {
    name: 'an excerpt at offset 0 with empty context',
    input: { ...EXCERPT, start: 0, end: 4, prefix: '', suffix: '' },
    valid: true,
  },
  { name: 'an end - start longer than the quote', input: { ...EXCERPT, end: 15 }, valid: false },
  { name: 'an end - start shorter than the quote', input: { ...EXCERPT, start: 11 }, valid: false },
  { name: 'an end before the start', input: { ...EXCERPT, start: 14, end: 10 }, valid: false },
  { name: 'a negative start', input: { ...EXCERPT, start: -1, end: 3 }, valid: false },
  { name: 'a fractional start', input: { ...EXCERPT, start: 0.5, end: 4.5 }, valid: false },
  { name: 'an empty quote', input: { ...EXCERPT, start: 10, end: 10, quote: '' }, valid: false },
  {
    name: 'a quote over the limit',
    input: { ...EXCERPT, start: 0, end: LIMITS.quoteLength + 1, quote: 'x'.repeat(LIMITS.quoteLength + 1) },
    valid: false,
  },
  {
    name: 'a prefix of 32 units',
    input: { ...EXCERPT, prefix: 'p'.repeat(LIMITS.contextLength) },
    valid: true,
  },
  {
    name: 'a prefix over 32 units',
    input: { ...EXCERPT, prefix: 'p'.repeat(LIMITS.contextLength + 1) },
    valid: false,
  },
  {
    name: 'a suffix over 32 units',
    input: { ...EXCERPT, suffix: 's'.repeat(LIMITS.contextLength + 1) },
    valid: false,
  },
  { name: 'an upper-case source id', input: { ...EXCERPT, sourceId: 'Src' }, valid: false },
  { name: 'a missing quote', input: { ...EXCERPT, quote: undefined }, valid: false },
])

const CARD = { stance: 'bull', text: '理由', x: 0, y: 0, authorId: 'u1', authorName: '甲' }

describeValidator('cardInputSchema', cardInputSchema, [
  { name: 'a bull card', input: CARD, valid: true },
  { name: 'a bear card', input: { ...CARD, stance: 'bear' }, valid: true },
  { name: 'a neutral card', input: { ...CARD, stance: 'neutral' }, valid: false },
  { name: 'an upper-case stance', input: { ...CARD, stance: 'Bull' }, valid: false },
  { name: 'a card without text', input: { ...CARD, text: undefined }, valid: true },
  { name: 'coordinates at ±1e6', input: { ...CARD, x: -1e6, y: 1e6 }, valid: true },
  { name: 'an x past 1e6', input: { ...CARD, x: 1e6 + 1 }, valid: false },
  { name: 'a y below -1e6', input: { ...CARD, y: -1e6 - 1 }, valid: false },
  { name: 'a NaN coordinate', input: { ...CARD, x: Number.NaN }, valid: false },
  { name: 'an infinite coordinate', input: { ...CARD, y: Number.NEGATIVE_INFINITY }, valid: false },
  { name: 'a coordinate given as a string', input: { ...CARD, x: '10' }, valid: false },
  { name: 'a text at the limit', input: { ...CARD, text: '字'.repeat(LIMITS.cardTextLength) }, valid: true },
  {
    name: 'a text over the limit',
    input: { ...CARD, text: '字'.repeat(LIMITS.cardTextLength + 1) },
    valid: false,
  },
  { name: 'a width of 120', input: { ...CARD, width: 120 }, valid: true },
  { name: 'a width under 120', input: { ...CARD, width: 119 }, valid: false },
  { name: 'an infinite width', input: { ...CARD, width: Infinity }, valid: false },
  { name: 'a valid excerpt', input: { ...CARD, excerpt: EXCERPT }, valid: true },
  { name: 'an invalid excerpt', input: { ...CARD, excerpt: { ...EXCERPT, end: 99 } }, valid: false },
  { name: 'an empty author id', input: { ...CARD, authorId: '' }, valid: false },
  { name: 'an author name over the limit', input: { ...CARD, authorName: 'n'.repeat(61) }, valid: false },
  { name: 'a team name over the limit', input: { ...CARD, team: 't'.repeat(61) }, valid: false },
])

describe('cardInputSchema defaults', () => {
  it('defaults a missing text to the empty string', () => {
    expect(cardInputSchema.parse({ ...CARD, text: undefined }).text).toBe('')
  })
})

const LINK = { from: 'card-a', to: 'card-b', kind: 'supports' }

describeValidator('linkInputSchema', linkInputSchema, [
  { name: 'a supporting link', input: LINK, valid: true },
  { name: 'a rebutting link', input: { ...LINK, kind: 'rebuts' }, valid: true },
  { name: 'an unknown kind', input: { ...LINK, kind: 'agrees' }, valid: false },
  { name: 'a link from a card to itself', input: { ...LINK, to: 'card-a' }, valid: false },
  { name: 'an upper-case card id', input: { ...LINK, from: 'Card-A' }, valid: false },
  { name: 'an empty card id', input: { ...LINK, to: '' }, valid: false },
  { name: 'a card id of 64 characters', input: { ...LINK, to: 'a'.repeat(64) }, valid: true },
  { name: 'a card id of 65 characters', input: { ...LINK, to: 'a'.repeat(65) }, valid: false },
  { name: 'a missing kind', input: { from: 'a', to: 'b' }, valid: false },
])

const SOURCE = { title: '文章', language: 'zh-Hans', text: '正文。', addedBy: '甲' }

describeValidator('sourceInputSchema', sourceInputSchema, [
  { name: 'a source without url', input: SOURCE, valid: true },
  { name: 'an https url', input: { ...SOURCE, url: 'https://example.com/article?id=1' }, valid: true },
  { name: 'an http url', input: { ...SOURCE, url: 'http://192.168.1.2:3000/a' }, valid: true },
  { name: 'a url that is not a URL', input: { ...SOURCE, url: 'example dot com' }, valid: false },
  { name: 'an empty url', input: { ...SOURCE, url: '' }, valid: false },
  { name: 'a javascript: url', input: { ...SOURCE, url: 'javascript:alert(1)' }, valid: false },
  {
    name: 'a data: url',
    input: { ...SOURCE, url: 'data:text/html,<script>alert(1)</script>' },
    valid: false,
  },
  {
    name: 'a url over 2000 characters',
    input: { ...SOURCE, url: `https://e.com/${'a'.repeat(2_000)}` },
    valid: false,
  },
  { name: 'an empty text', input: { ...SOURCE, text: '' }, valid: false },
  {
    name: 'a text at the limit',
    input: { ...SOURCE, text: 'x'.repeat(LIMITS.sourceTextLength) },
    valid: true,
  },
  {
    name: 'a text over the limit',
    input: { ...SOURCE, text: 'x'.repeat(LIMITS.sourceTextLength + 1) },
    valid: false,
  },
  { name: 'a blank title', input: { ...SOURCE, title: '  ' }, valid: false },
  { name: 'a one-letter language', input: { ...SOURCE, language: 'z' }, valid: false },
  { name: 'a language over 35 characters', input: { ...SOURCE, language: 'x'.repeat(36) }, valid: false },
  { name: 'a missing addedBy', input: { ...SOURCE, addedBy: undefined }, valid: false },
])

describe('sourceInputSchema normalisation', () => {
  it('trims the title but keeps the text exactly as given', () => {
    const text = '  第一段\r\n第二段  '
    expect(sourceInputSchema.parse({ ...SOURCE, title: '  文章  ', text })).toMatchObject({
      title: '文章',
      text,
    })
  })
})

describeValidator('metaInputSchema', metaInputSchema, [
  { name: 'a title and a motion', input: { title: '辩题', motion: '动议' }, valid: true },
  { name: 'a title alone', input: { title: '辩题' }, valid: true },
  { name: 'an empty title', input: { title: '' }, valid: false },
  { name: 'a title of spaces only', input: { title: ' \t ' }, valid: false },
  { name: 'a title over the limit', input: { title: 't'.repeat(LIMITS.titleLength + 1) }, valid: false },
  {
    name: 'a long title that fits once trimmed',
    input: { title: ` ${'t'.repeat(LIMITS.titleLength)} ` },
    valid: true,
  },
  {
    name: 'a motion over the limit',
    input: { title: 't', motion: 'm'.repeat(LIMITS.motionLength + 1) },
    valid: false,
  },
  { name: 'a missing title', input: { motion: '动议' }, valid: false },
])

describe('metaInputSchema normalisation', () => {
  const cases: { name: string; input: unknown; expected: unknown }[] = [
    {
      name: 'trims title and motion',
      input: { title: '  辩题 ', motion: ' 动议\n' },
      expected: { title: '辩题', motion: '动议' },
    },
    {
      name: 'defaults a missing motion to empty',
      input: { title: '辩题' },
      expected: { title: '辩题', motion: '' },
    },
  ]
  for (const { name, input, expected } of cases)
    it(name, () => {
      expect(metaInputSchema.parse(input)).toEqual(expected)
    })
})

describeValidator('boardIdSchema', boardIdSchema, [
  { name: 'a three-character id', input: 'abc', valid: true },
  { name: 'an id with digits and dashes', input: 'demo-2024-ai', valid: true },
  { name: 'a 64-character id', input: 'a'.repeat(64), valid: true },
  { name: 'a two-character id', input: 'ab', valid: false },
  { name: 'a 65-character id', input: 'a'.repeat(65), valid: false },
  { name: 'upper-case letters', input: 'Demo', valid: false },
  { name: 'an underscore', input: 'a_b_c', valid: false },
  { name: 'a path traversal', input: '../etc', valid: false },
  { name: 'a trailing newline', input: 'abc\n', valid: false },
  { name: 'an empty string', input: '', valid: false },
  { name: 'a number', input: 12345, valid: false },
])
