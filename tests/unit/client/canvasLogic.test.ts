import { describe, expect, it } from 'vitest'
import { shortcutFor, type KeyPress } from '../../../client/canvas/shortcuts.ts'
import { pruneSelection, selectCards, toggleInSelection } from '../../../client/canvas/selection.ts'
import { clampPaneWidth, MIN_CANVAS_WIDTH, MIN_READER_WIDTH } from '../../../client/board/paneWidth.ts'
import { connectionLabelOf } from '../../../client/board/connectionLabel.ts'
import { truncateText } from '../../../client/ui/truncateText.ts'
import { BoardError } from '../../../shared/errors.ts'

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('shortcutFor', () => {
  it.each([
    [press('z', { ctrlKey: true }), 'canvas', 'undo'],
    [press('z', { ctrlKey: true }), 'other', 'undo'],
    [press('z', { metaKey: true }), 'card-text', 'undo'],
    [press('Z', { ctrlKey: true, shiftKey: true }), 'other', 'redo'],
    [press('z', { metaKey: true, shiftKey: true }), 'card-text', 'redo'],
    [press('y', { ctrlKey: true }), 'other', 'redo'],
    [press('z', { ctrlKey: true }), 'field', null],
    [press('Delete'), 'canvas', 'delete'],
    [press('Backspace'), 'canvas', 'delete'],
    [press('Backspace'), 'other', null],
    [press('Delete'), 'other', null],
    [press('Backspace'), 'card-text', null],
    [press('Delete'), 'field', null],
    [press('?', { shiftKey: true }), 'other', 'help'],
    [press('?'), 'card-text', null],
    [press('Escape'), 'other', 'escape'],
    [press('Escape'), 'canvas', 'escape'],
    [press('a'), 'other', null],
  ] as const)('maps %o in %s to %s', (keyPress, target, expected) => {
    expect(shortcutFor(keyPress, target)).toBe(expected)
  })
})

describe('selection', () => {
  it('adds and removes ids and returns the same object when nothing changes', () => {
    const one = selectCards(['a'])
    expect(toggleInSelection(one, 'cards', 'a', true)).toBe(one)
    const two = toggleInSelection(one, 'links', 'l', true)
    expect([...two.cards, ...two.links]).toEqual(['a', 'l'])
    expect([...toggleInSelection(two, 'cards', 'a', false).cards]).toEqual([])
  })

  it('drops ids that no longer exist', () => {
    const selection = { cards: new Set(['a', 'gone']), links: new Set(['l']) }
    const pruned = pruneSelection(selection, new Set(['a']), new Set(['l']))
    expect([...pruned.cards]).toEqual(['a'])
    expect(pruneSelection(pruned, new Set(['a']), new Set(['l']))).toBe(pruned)
  })
})

describe('clampPaneWidth', () => {
  it('keeps the reader and the canvas at their minimum widths', () => {
    expect(clampPaneWidth(100, 1_400)).toBe(MIN_READER_WIDTH)
    expect(clampPaneWidth(1_300, 1_400)).toBe(1_400 - MIN_CANVAS_WIDTH)
    expect(clampPaneWidth(500, 1_400)).toBe(500)
  })
})

describe('connectionLabelOf', () => {
  const unavailable = new BoardError('BOARD_UNAVAILABLE', 'down')
  it.each([
    [{ status: 'connecting', error: undefined, hasSynced: false, retryAt: undefined }, 'connecting'],
    [{ status: 'synced', error: undefined, hasSynced: true, retryAt: undefined }, 'connected'],
    [{ status: 'connected', error: undefined, hasSynced: true, retryAt: undefined }, 'connected'],
    [{ status: 'connecting', error: undefined, hasSynced: true, retryAt: undefined }, 'reconnecting'],
    [{ status: 'connecting', error: unavailable, hasSynced: true, retryAt: undefined }, 'offline'],
    [{ status: 'disconnected', error: undefined, hasSynced: true, retryAt: undefined }, 'offline'],
  ] as const)('says %o is %s', (state, expected) => {
    expect(connectionLabelOf(state)).toBe(expected)
  })
})

describe('truncateText', () => {
  it('flattens white space and cuts long quotes with an ellipsis, never inside a character', () => {
    expect(truncateText('a\n  b', 120)).toBe('a b')
    expect(truncateText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`)
    expect(truncateText('😀'.repeat(20), 5)).toBe(`${'😀'.repeat(4)}…`)
  })
})
