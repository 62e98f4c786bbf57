/** Whether the last pointer pressed on the page was a finger, so touch gets touch-sized controls. */
import { useEffect, useState } from 'react'

export function useLastPointerWasTouch(): boolean {
  const [touch, setTouch] = useState(false)
  useEffect(() => {
    // Capture phase: a handler that stops the event on its way must not hide the pointer's type.
    const onPointerDown = (event: PointerEvent) => setTouch(event.pointerType === 'touch')
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => document.removeEventListener('pointerdown', onPointerDown, true)
  }, [])
  return touch
}
