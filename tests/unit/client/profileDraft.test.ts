import { describe, expect, it } from 'vitest'
import { colorFromName, PALETTE, type Profile } from '../../../client/join/identity.ts'
import { colorOfDraft, profileFromDraft } from '../../../client/join/profileDraft.ts'
import { counterScaleOf } from '../../../client/presence/cursorScale.ts'

const ada: Profile = { name: 'Ada', color: PALETTE[3] }

describe('colorOfDraft', () => {
  it.each<[string, string, string | undefined, Profile | undefined, string]>([
    ['the picked colour, over everything', 'Bo', PALETTE[5], ada, PALETTE[5]],
    ['the remembered colour while the name is unchanged', 'Ada', undefined, ada, PALETTE[3]],
    ['a colour from a new name', 'Bo', undefined, ada, colorFromName('Bo')],
    ['a colour from the name for a first visit', 'Bo', undefined, undefined, colorFromName('Bo')],
  ])('shows %s', (_case, name, pickedColor, initial, expected) => {
    expect(colorOfDraft({ name, pickedColor }, initial)).toBe(expected)
  })
})

describe('profileFromDraft', () => {
  it('saves the trimmed name with the shown colour', () => {
    const draft = { name: '  新名字 ', pickedColor: PALETTE[1] }
    expect(profileFromDraft(draft, ada)).toEqual({ name: '新名字', color: PALETTE[1] })
  })

  it('saves nothing when the name is blank', () => {
    expect(profileFromDraft({ name: '   ', pickedColor: undefined }, ada)).toBeUndefined()
  })
})

describe('counterScaleOf', () => {
  it.each([
    [1, 1],
    [2, 0.5],
    [0.5, 2],
    [0, 1],
    [Number.NaN, 1],
  ])('undoes a zoom of %s with a scale of %s', (zoom, scale) => {
    expect(counterScaleOf(zoom)).toBe(scale)
  })
})
