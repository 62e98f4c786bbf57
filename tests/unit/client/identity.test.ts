// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import {
  colorFromName,
  getAuthorId,
  loadProfile,
  normalizeProfile,
  PALETTE,
  saveProfile,
  Team,
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
    saveProfile({ name: 'Ada', color: '#1971c2', team: Team.Bear })
    expect(loadProfile()).toEqual({ name: 'Ada', color: '#1971c2', team: 'bear' })
  })

  it('repairs a profile with a bad colour or team and refuses one without a name', () => {
    expect(normalizeProfile({ name: ' Ada ', color: 'red', team: 'referee' })).toEqual({
      name: 'Ada',
      color: colorFromName('Ada'),
      team: 'observer',
    })
    expect(normalizeProfile({ name: '   ' })).toBeUndefined()
    expect(normalizeProfile('Ada')).toBeUndefined()
  })

  it('returns the same author id every time in one browser', () => {
    const id = getAuthorId()
    expect(id).toMatch(/^[a-z0-9]{16}$/)
    expect(getAuthorId()).toBe(id)
  })
})
