/** Which board command a key press means, if any. */
import { isTextEntry } from '../ui/isTextEntry.ts'

export const Shortcut = {
  Undo: 'undo',
  Redo: 'redo',
  Delete: 'delete',
  Help: 'help',
  Escape: 'escape',
} as const
export type Shortcut = (typeof Shortcut)[keyof typeof Shortcut]

export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/**
 * Where the key was pressed: a card's text, another form field, the canvas (or the page itself, when
 * nothing has focus), or elsewhere on the page, such as the reader.
 */
export type KeyTarget = 'card-text' | 'field' | 'canvas' | 'other'

/**
 * The command for a key press. Undo and redo also work inside a card's text, because that text is
 * shared and the browser's own undo would not know which edits were ours. Delete only acts on the
 * canvas: elsewhere, say on a highlight in the reader, the canvas selection is not what the person
 * is looking at.
 */
export function shortcutFor(press: KeyPress, target: KeyTarget): Shortcut | null {
  const command = press.ctrlKey || press.metaKey
  const key = press.key.toLowerCase()
  if (command && !press.altKey && target !== 'field') {
    if (key === 'z') return press.shiftKey ? Shortcut.Redo : Shortcut.Undo
    if (key === 'y' && press.ctrlKey) return Shortcut.Redo
  }
  if ((target !== 'canvas' && target !== 'other') || command || press.altKey) return null
  if (press.key === 'Delete' || press.key === 'Backspace') return target === 'canvas' ? Shortcut.Delete : null
  if (press.key === '?') return Shortcut.Help
  if (press.key === 'Escape') return Shortcut.Escape
  return null
}

/** Classifies the element a key event came from; `canvas` is the canvas's container. */
export function keyTargetOf(target: EventTarget | null, canvas: Element | null): KeyTarget {
  if (target instanceof HTMLElement) {
    if (target.dataset.testid === 'card-text') return 'card-text'
    if (isTextEntry(target)) return 'field'
  }
  if (!(target instanceof Node) || target === target.ownerDocument?.body) return 'canvas'
  // A link is an SVG element, so this asks the DOM, not HTMLElement.
  return canvas?.contains(target) ? 'canvas' : 'other'
}
