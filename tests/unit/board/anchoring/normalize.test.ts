/** Normalisation for anchoring: what compares equal, and the way back to the original offsets. */
import { describe, expect, it } from 'vitest'
import { CharFolder } from '../../../../shared/board/anchoring/foldChar.ts'
import {
  normalizeText,
  toNormalizedOffset,
  toOriginalRange,
} from '../../../../shared/board/anchoring/normalize.ts'

describe('normalizeText', () => {
  // Each row: two ways of typing the same passage, and the one form both normalise to.
  const cases: { name: string; a: string; b: string; normalized: string }[] = [
    {
      name: 'folds full-width commas and stops',
      a: '需求强，估值低。',
      b: '需求强,估值低.',
      normalized: '需求强,估值低.',
    },
    {
      name: 'folds full-width ! ? : ; ( )',
      a: '真的！为什么？理由：一；二（三）',
      b: '真的!为什么?理由:一;二(三)',
      normalized: '真的!为什么?理由:一;二(三)',
    },
    { name: 'folds the enumeration comma', a: '微软、谷歌', b: '微软,谷歌', normalized: '微软,谷歌' },
    {
      name: 'folds full-width letters and digits',
      a: 'ＯｐｅｎＡＩ１２３',
      b: 'OpenAI123',
      normalized: 'OpenAI123',
    },
    {
      name: 'folds curly quotes into corner brackets',
      a: '“末日的预兆”',
      b: '「末日的预兆」',
      normalized: '"末日的预兆"',
    },
    { name: 'folds nested quote styles', a: '‘草莓’', b: '『草莓』', normalized: '"草莓"' },
    {
      name: 'folds straight and typographic apostrophes',
      a: "OpenAI's",
      b: 'OpenAI’s',
      normalized: 'OpenAI"s',
    },
    { name: 'folds dash styles', a: '此外——也许', b: '此外--也许', normalized: '此外--也许' },
    { name: 'folds the ellipsis into three stops', a: '于是…', b: '于是...', normalized: '于是...' },
    {
      name: 'collapses CRLF and LF alike',
      a: '第一段。\r\n第二段。',
      b: '第一段。\n第二段。',
      normalized: '第一段.第二段.',
    },
    {
      name: 'drops a line break between Chinese characters',
      a: '生成式\n人工智能',
      b: '生成式人工智能',
      normalized: '生成式人工智能',
    },
    {
      name: 'drops spaces between Chinese and Latin text',
      a: '生成式 AI 热潮',
      b: '生成式AI热潮',
      normalized: '生成式AI热潮',
    },
    { name: 'drops the ideographic space', a: '编者\u3000按', b: '编者按', normalized: '编者按' },
    {
      name: 'collapses a whitespace run between Latin words into one space',
      a: 'we had\r\n\t  everything',
      b: 'we had everything',
      normalized: 'we had everything',
    },
    {
      name: 'keeps a no-break space between Latin words as a space',
      a: 'Sarah\u00a0Friar',
      b: 'Sarah Friar',
      normalized: 'Sarah Friar',
    },
    { name: 'drops spaces beside punctuation', a: 'Friar , CFO', b: 'Friar,CFO', normalized: 'Friar,CFO' },
    { name: 'drops zero-width characters', a: 'Open\u200bAI', b: 'OpenAI', normalized: 'OpenAI' },
    { name: 'drops whitespace at both ends', a: '\n  看多  \n', b: '看多', normalized: '看多' },
  ]

  for (const { name, a, b, normalized } of cases)
    it(name, () => {
      expect(normalizeText(a).text).toBe(normalized)
      expect(normalizeText(b).text).toBe(normalized)
    })

  it('keeps letters that differ apart, and does not fold case', () => {
    expect(normalizeText('看多').text).not.toBe(normalizeText('看空').text)
    expect(normalizeText('Many').text).not.toBe(normalizeText('many').text)
  })

  it('counts a character outside the BMP as one unit, the same in every string folded together', () => {
    const folder = new CharFolder()
    // s m 😊 l e 𠀀 字: seven characters (the space beside the Extension B ideograph is dropped).
    const text = normalizeText('sm😊le 𠀀字', folder)
    expect(text.text.length).toBe(7)
    expect(normalizeText('😊', folder).text).toBe(text.text[2])
    expect(normalizeText('😀', folder).text).not.toBe(text.text[2])
  })
})

describe('offsets back to the original text', () => {
  it('maps every normalised unit back to the characters it stands for', () => {
    const original = '“看多，\r\n因为”ＡＩ需求'
    const normalized = normalizeText(original)
    expect(normalized.text).toBe('"看多,因为"AI需求')
    const pieces = [...normalized.text].map((_, i) =>
      original.slice(normalized.starts[i], normalized.ends[i]),
    )
    expect(pieces).toEqual(['“', '看', '多', '，', '因', '为', '”', 'Ａ', 'Ｉ', '需', '求'])
  })

  it('gives a whitespace run kept as one space the whole run', () => {
    const original = 'we had \r\n everything'
    const normalized = normalizeText(original)
    const space = normalized.text.indexOf(' ', 3)
    expect(original.slice(normalized.starts[space], normalized.ends[space])).toBe(' \r\n ')
  })

  it('maps a normalised range to the original range, CRLF and inserted spaces included', () => {
    const original = '前言。\r\n生成式 AI 热潮不可持续'
    const normalized = normalizeText(original)
    const start = normalized.text.indexOf('生成式AI')
    const range = toOriginalRange(normalized, start, start + '生成式AI热潮'.length)
    expect(original.slice(range.start, range.end)).toBe('生成式 AI 热潮')
  })

  it('maps an original offset to the first normalised unit at or after it', () => {
    const original = 'ab \r\n cd'
    const normalized = normalizeText(original)
    expect(normalized.text).toBe('ab cd')
    expect([0, 2, 3, 4, 6, 8].map((offset) => toNormalizedOffset(normalized, offset))).toEqual([
      0, 2, 3, 3, 3, 5,
    ])
  })

  it('normalises an empty text to an empty text', () => {
    expect(normalizeText('')).toEqual({ text: '', starts: new Int32Array(0), ends: new Int32Array(0) })
  })
})
