import { describe, expect, it } from 'vitest'
import { detectLanguage, matchLanguage } from '../../../client/i18n/language.ts'
import { en } from '../../../client/i18n/en.ts'
import { zhHans } from '../../../client/i18n/zhHans.ts'
import { zhHant } from '../../../client/i18n/zhHant.ts'

describe('language detection', () => {
  it.each([
    ['en-GB', 'en'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-MO', 'zh-Hant'],
    ['fr-FR', undefined],
  ])('maps %s to %s', (tag, expected) => {
    expect(matchLanguage(tag)).toBe(expected)
  })

  it('prefers the remembered choice, then the first supported browser language, then English', () => {
    expect(detectLanguage('zh-Hant', ['en-US'])).toBe('zh-Hant')
    expect(detectLanguage(null, ['fr', 'zh-TW', 'en'])).toBe('zh-Hant')
    expect(detectLanguage('klingon', ['de'])).toBe('en')
  })
})

describe('translations', () => {
  const keysOf = (strings: Record<string, Record<string, string>>) =>
    Object.entries(strings).flatMap(([group, entries]) =>
      Object.keys(entries).map((key) => `${group}.${key}`),
    )

  it('have every English key in both Chinese scripts, none empty', () => {
    for (const strings of [zhHans, zhHant]) {
      expect(keysOf(strings).sort()).toEqual(keysOf(en).sort())
      for (const group of Object.values(strings))
        for (const value of Object.values(group)) expect(value).not.toBe('')
    }
  })
})
