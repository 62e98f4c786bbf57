import { useEffect, useRef, type RefObject } from 'react'
import { keyTargetOf, shortcutFor, type Shortcut } from './shortcuts.ts'

/**
 * Runs `onShortcut` for board shortcuts pressed on the page, unless a modal dialog is open; `canvasRef`
 * tells the canvas apart from the rest of the page.
 */
export function useCanvasShortcuts(
  canvasRef: RefObject<Element | null>,
  onShortcut: (shortcut: Shortcut) => void,
) {
  const handler = useRef(onShortcut)
  useEffect(() => {
    handler.current = onShortcut
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return
      const shortcut = shortcutFor(event, keyTargetOf(event.target, canvasRef.current))
      if (!shortcut) return
      event.preventDefault()
      handler.current(shortcut)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [canvasRef])
}
