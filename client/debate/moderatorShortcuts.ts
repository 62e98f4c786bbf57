/**
 * The moderator's single-key shortcuts: `]` next phase, `[` previous phase, `t` start or pause the
 * timer. None of these keys means anything else on the board (client/canvas/shortcuts.ts, the
 * reader's B and N, a card's L), and none fires while the person types.
 */
import type { KeyPress } from '../canvas/shortcuts.ts'
import type { DebateStringKey } from './strings.ts'

export const ModeratorShortcut = { Next: 'next', Previous: 'previous', Timer: 'timer' } as const
export type ModeratorShortcut = (typeof ModeratorShortcut)[keyof typeof ModeratorShortcut]

/** The moderator command for a key press outside any text field, if any. */
export function moderatorShortcutFor(press: KeyPress): ModeratorShortcut | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null
  if (press.key === ']') return ModeratorShortcut.Next
  if (press.key === '[') return ModeratorShortcut.Previous
  if (press.key.toLowerCase() === 't' && !press.shiftKey) return ModeratorShortcut.Timer
  return null
}

/** The rows the help dialog lists: keys and what they do. */
export const MODERATOR_SHORTCUT_HELP: readonly (readonly [keys: string, label: DebateStringKey])[] = [
  [']', 'helpNext'],
  ['[', 'helpPrevious'],
  ['T', 'helpTimer'],
]
