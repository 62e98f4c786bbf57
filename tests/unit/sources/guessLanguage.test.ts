import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { guessLanguage } from '../../../shared/sources/guessLanguage.ts'

const demoArticle = (file: string) =>
  readFileSync(new URL(`../../../server/demo/articles/${file}`, import.meta.url), 'utf8')

describe('guessing an article language from its text', () => {
  it.each([
    ['Simplified Chinese', '这些公司说，数据中心的投资会继续增长，因为需求还没有满足。', 'zh-Hans'],
    ['Traditional Chinese', '這些公司說，數據中心的投資會繼續增長，因為需求還沒有滿足。', 'zh-Hant'],
    ['Chinese with only characters both scripts share', '中文文章，大家一起看。', 'zh-Hans'],
    ['English', 'Investors keep pouring money into data centres, betting demand will last.', 'en'],
    [
      'Simplified Chinese full of English names',
      'OpenAI的CFO Sarah Friar表示，GPT模型的训练费用很高。',
      'zh-Hans',
    ],
    [
      'Traditional Chinese full of English names',
      'OpenAI的CFO Sarah Friar表示，GPT模型的訓練費用很高。',
      'zh-Hant',
    ],
    [
      'English quoting a Chinese phrase',
      'The slogan 共同富裕 means common prosperity, officials said on Monday.',
      'en',
    ],
    [
      'mostly traditional with a stray simplified character',
      '我們認為這個問題與國家無關，说到底是市場。',
      'zh-Hant',
    ],
    ['digits and punctuation only', '2024 — 1,400,000,000 (100%)', 'en'],
    ['an empty text', '', 'en'],
  ])('reads %s as %s', (_case, text, expected) => {
    expect(guessLanguage(text)).toBe(expected)
  })

  it.each([
    ['altman-clarification.zh-Hant.txt', 'zh-Hant'],
    ['subprime-ai-crisis.zh-Hans.txt', 'zh-Hans'],
  ])('reads the bundled article %s as %s', (file, expected) => {
    expect(guessLanguage(demoArticle(file))).toBe(expected)
  })
})
