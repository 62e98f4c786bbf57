import { useEffect, useRef } from 'react'
import { keyTargetOf, shortcutFor, type Shortcut } from './shortcuts.ts'

/** Runs `onShortcut` for board shortcuts pressed anywhere on the page, unless a modal dialog is open. */
export function useCanvasShortcuts(onShortcut: (shortcut: Shortcut) => void) {
  const handler = useRef(onShortcut)
  useEffect(() => {
    handler.current = onShortcut
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return
      const shortcut = shortcutFor(event, keyTargetOf(event.target))
      if (!shortcut) return
      event.preventDefault()
      handler.current(shortcut)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
