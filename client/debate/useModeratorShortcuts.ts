/** Listens for the moderator's single-key shortcuts (moderatorShortcuts.ts) anywhere on the board page. */
import { useEffect, useRef } from 'react'
import { isTextEntry } from '../ui/isTextEntry.ts'
import { moderatorShortcutFor, type ModeratorShortcut } from './moderatorShortcuts.ts'

export type ModeratorShortcutHandlers = Record<ModeratorShortcut, () => void>

export function useModeratorShortcuts(handlers: ModeratorShortcutHandlers): void {
  // The listener stays put; the handlers it calls are always this render's.
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || isTextEntry(event.target)) return
      // Inside a dialog (join, share, help) the board's shortcuts sleep, as the canvas's do.
      if (event.target instanceof Element && event.target.closest('dialog')) return
      const command = moderatorShortcutFor(event)
      if (!command) return
      event.preventDefault()
      latest.current[command]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
