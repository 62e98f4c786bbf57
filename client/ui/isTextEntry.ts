/** Whether a key event's target is where a person types text, so single-key shortcuts must not fire. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  // isContentEditable is inherited, so this also covers elements inside an editable region.
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}
