import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import { createAwarenessStore, displayName, readCursors, readPeers } from '../../../client/presence/peers.ts'

const states = new Map<number, Record<string, unknown>>([
  [1, { user: { name: 'Me', color: '#1971c2', team: 'bull' }, cursor: { x: 1, y: 2 }, reading: 's1' }],
  [2, { user: { name: 'Bo', color: '#d9480f', team: 'bear' }, cursor: { x: 10, y: 20 } }],
  [3, { user: { name: 'Al', color: 'nope', team: 'observer' }, cursor: null, reading: 's2' }],
  [4, { cursor: { x: 0, y: 0 } }],
])

describe('readPeers', () => {
  it('lists everyone with a profile, me first then by name, with what they read', () => {
    const peers = readPeers(states, 1)
    expect(peers.map((p) => [p.name, p.isLocal, p.team, p.reading])).toEqual([
      ['Me', true, 'bull', 's1'],
      ['Al', false, 'observer', 's2'],
      ['Bo', false, 'bear', undefined],
    ])
    expect(peers[1]?.color).toMatch(/^#[0-9a-f]{6}$/)
  })
})

describe('readCursors', () => {
  it('gives the cursors of others only, skipping those off the canvas', () => {
    expect(readCursors(states, 1)).toEqual([
      { clientId: 2, name: 'Bo', color: '#d9480f', team: 'bear', x: 10, y: 20 },
    ])
  })
})

describe('createAwarenessStore', () => {
  it('shows an anonymous peer (a colour, no name, as the server relays it) by team, not leave it out', () => {
    const states = new Map<number, Record<string, unknown>>([
      [7, { user: { color: '#1971c2', team: 'bear', role: 'bear' }, cursor: { x: 1, y: 2 } }],
      [8, { user: { team: 'bull' } }],
    ])
    const [peer] = readPeers(states, 1)
    expect(readPeers(states, 1)).toHaveLength(1)
    expect(peer).toMatchObject({ clientId: 7, name: '', team: 'bear', color: '#1971c2' })
    expect(displayName(peer!, (team) => `${team} team`)).toBe('bear team')
    expect(readCursors(states, 1)).toEqual([
      { clientId: 7, name: '', color: '#1971c2', team: 'bear', x: 1, y: 2 },
    ])
  })

  it('notifies only when the read value changes', () => {
    const awareness = new Awareness(new Y.Doc())
    const store = createAwarenessStore(awareness, readPeers)
    let notified = 0
    const unsubscribe = store.subscribe(() => notified++)
    awareness.setLocalStateField('user', { name: 'Me', color: '#1971c2', team: 'bull' })
    awareness.setLocalStateField('cursor', { x: 5, y: 5 })
    awareness.setLocalStateField('cursor', { x: 6, y: 6 })
    expect(notified).toBe(1)
    expect(store.getSnapshot().map((p) => p.name)).toEqual(['Me'])
    unsubscribe()
    awareness.destroy()
  })

  it('catches up with changes made between its creation and the first subscription', () => {
    const awareness = new Awareness(new Y.Doc())
    const store = createAwarenessStore(awareness, readPeers)
    awareness.setLocalStateField('user', { name: 'Me', color: '#1971c2', team: 'bull' })
    let notified = 0
    const unsubscribe = store.subscribe(() => notified++)
    expect(notified).toBe(1)
    expect(store.getSnapshot().map((p) => p.name)).toEqual(['Me'])
    unsubscribe()
    awareness.destroy()
  })
})
