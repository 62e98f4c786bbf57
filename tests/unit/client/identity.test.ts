// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import {
  colorFromName,
  loadProfile,
  normalizeProfile,
  PALETTE,
  saveProfile,
} from '../../../client/join/identity.ts'

afterEach(() => window.localStorage.clear())

describe('colorFromName', () => {
  it('gives the same palette colour for the same name, ignoring case and spaces around it', () => {
    expect(colorFromName('Ada')).toBe(colorFromName('  ada '))
    expect(PALETTE).toContain(colorFromName('Ada'))
  })

  it('spreads different names over several colours', () => {
    const names = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Barbara', '王小明', '陳大文']
    expect(new Set(names.map(colorFromName)).size).toBeGreaterThanOrEqual(4)
  })
})

describe('profiles', () => {
  it('keeps a remembered profile across loads', () => {
    saveProfile({ name: 'Ada', color: '#1971c2' })
    expect(loadProfile()).toEqual({ name: 'Ada', color: '#1971c2' })
  })

  it('reads a profile stored when people chose their side, keeping its name and colour only', () => {
    window.localStorage.setItem(
      'debate-board.profile',
      JSON.stringify({ name: 'Ada', color: '#1971c2', team: 'bear' }),
    )
    expect(loadProfile()).toEqual({ name: 'Ada', color: '#1971c2' })
  })

  it('repairs a profile with a bad colour and refuses one without a name', () => {
    expect(normalizeProfile({ name: ' Ada ', color: 'red' })).toEqual({
      name: 'Ada',
      color: colorFromName('Ada'),
    })
    expect(normalizeProfile({ name: '   ' })).toBeUndefined()
    expect(normalizeProfile('Ada')).toBeUndefined()
  })
})
