import { describe, expect, it } from 'vitest'
import { defaultStanceColors, stanceColorsFor, StanceColors } from '../../../client/ui/stanceColors.ts'

describe('the bull and bear colour convention', () => {
  it.each([
    ['en', StanceColors.BullGreen],
    ['en-US', StanceColors.BullGreen],
    ['zh-Hans', StanceColors.BullRed],
    ['zh-Hant', StanceColors.BullRed],
    ['zh-TW', StanceColors.BullRed],
    ['ZH', StanceColors.BullRed],
    ['fr', StanceColors.BullGreen],
  ])('defaults to %s readers’ convention: %s', (language, expected) => {
    expect(defaultStanceColors(language)).toBe(expected)
  })

  it('keeps a remembered choice whatever the language, both ways', () => {
    expect(stanceColorsFor(StanceColors.BullGreen, 'zh-Hans')).toBe(StanceColors.BullGreen)
    expect(stanceColorsFor(StanceColors.BullRed, 'en')).toBe(StanceColors.BullRed)
  })

  it('falls back to the language’s default when nothing or something unknown is remembered', () => {
    expect(stanceColorsFor(null, 'zh-Hans')).toBe(StanceColors.BullRed)
    expect(stanceColorsFor('purple', 'en')).toBe(StanceColors.BullGreen)
    expect(stanceColorsFor('', 'zh-Hant')).toBe(StanceColors.BullRed)
  })
})
