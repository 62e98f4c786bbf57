import { describe, expect, it } from 'vitest'
import { findModerator, readLeader, readReadingAt, readView } from '../../../client/follow/followPresence.ts'

describe('readView', () => {
  it('reads a view, and nothing from what is not one', () => {
    const view = { x: -10, y: 20, zoom: 0.8, width: 900, height: 700 }
    expect(readView(view)).toEqual(view)
    for (const bad of [
      null,
      'view',
      { ...view, zoom: 0 },
      { ...view, x: Number.NaN },
      { ...view, width: -1 },
      { x: 1 },
    ])
      expect(readView(bad)).toBeUndefined()
  })
})

describe('readReadingAt', () => {
  it('reads a position and keeps its numbers in range', () => {
    expect(readReadingAt({ sourceId: 's1', block: 3, within: 0.25 })).toEqual({
      sourceId: 's1',
      block: 3,
      within: 0.25,
    })
    expect(readReadingAt({ sourceId: 's1', block: -7, within: 4 })).toEqual({
      sourceId: 's1',
      block: -1,
      within: 1,
    })
    for (const bad of [
      undefined,
      { sourceId: 1, block: 0, within: 0 },
      { sourceId: 's1', block: 1.5, within: 0 },
    ])
      expect(readReadingAt(bad)).toBeUndefined()
  })
})

describe('readLeader and findModerator', () => {
  const states = new Map<number, Record<string, unknown>>([
    [1, { user: { name: 'Me', role: 'edit' } }],
    [5, { user: { name: 'Mo', role: 'moderate' }, view: { x: 0, y: 0, zoom: 1, width: 10, height: 10 } }],
    [4, { user: { name: 'Mia', role: 'moderate' }, readingAt: { sourceId: 's', block: 0, within: 0 } }],
    [2, { user: { name: 'Ana', role: 'bull' } }],
  ])

  it('reads what a client publishes for following, and nothing for a client not here', () => {
    expect(readLeader(states, 5)).toEqual({
      view: { x: 0, y: 0, zoom: 1, width: 10, height: 10 },
      readingAt: undefined,
    })
    expect(readLeader(states, 4)?.readingAt).toEqual({ sourceId: 's', block: 0, within: 0 })
    expect(readLeader(states, 99)).toBeUndefined()
  })

  it('finds the same moderator from any client: the lowest id that says it moderates, never itself', () => {
    expect(findModerator(states, 1)).toBe(4)
    expect(findModerator(states, 4)).toBe(5)
    expect(findModerator(new Map([[2, { user: { role: 'bull' } }]]), 1)).toBeUndefined()
  })
})
