/** Counting a map's live entries as it changes, so that nobody needs Y.Map#size (a walk of the map). */
import type * as Y from 'yjs'

/**
 * By how many entries one transaction changed a map: +1 per key added, -1 per key deleted.
 * Call it inside the map's observer, where Yjs allows reading the event's changes.
 * @example map.observe((event) => { count += countMapEntriesDelta(event) })
 */
export function countMapEntriesDelta(event: Y.YMapEvent<unknown>): number {
  let delta = 0
  event.changes.keys.forEach(({ action }) => {
    if (action === 'add') delta++
    else if (action === 'delete') delta--
  })
  return delta
}
