/**
 * What a compaction may write as a document's new snapshot without losing anything stored.
 *
 * A compaction drops the updates with seq <= upToSeq on the word of the node that took the snapshot.
 * With several nodes that word can be wrong: a node may hold seq 101 (its own) before it has received
 * seq 100 (another node's), and an old room's last compaction may land after a newer room's. Yjs
 * updates are idempotent, so folding the stored snapshot and the dropped updates into the new snapshot
 * makes every such order safe.
 */
import * as Y from 'yjs'

/**
 * The new snapshot: `snapshot` itself when `stored` and `dropped` add nothing to it (the usual case,
 * so the bytes a room computed are kept), else the state of all of them together.
 */
export function mergeSnapshot(
  snapshot: Uint8Array,
  stored: Uint8Array | undefined,
  dropped: readonly Uint8Array[],
): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, snapshot)
  let added = false
  const onUpdate = () => {
    added = true
  }
  doc.on('update', onUpdate)
  if (stored) Y.applyUpdate(doc, stored)
  for (const update of dropped) Y.applyUpdate(doc, update)
  doc.off('update', onUpdate)
  // Structs still waiting for their dependencies emit no update; keep them by re-encoding too.
  const pending = doc.store.pendingStructs !== null || doc.store.pendingDs !== null
  const merged = added || pending ? Y.encodeStateAsUpdate(doc) : snapshot
  doc.destroy()
  return merged
}
