/**
 * Keeps derived objects (React Flow nodes and edges) identical while what they are made from is: React
 * Flow re-renders a node only when its object changes, so an update touching one card re-renders one.
 */

type Key = readonly unknown[]

const sameKey = (a: Key, b: Key) => a.length === b.length && a.every((part, i) => Object.is(part, b[i]))

/** A derivation of one list, item by item: `derive` runs `build` only for ids whose key parts changed. */
export function createListDerivation<T>() {
  let entries = new Map<string, { key: Key; value: T }>()
  let list: T[] = []
  return {
    /** Builds the list anew, reusing each item whose key is unchanged, and the list when all are. */
    derive<S>(
      items: readonly S[],
      idOf: (item: S) => string,
      keyOf: (item: S) => Key,
      build: (item: S) => T,
    ): T[] {
      const next = new Map<string, { key: Key; value: T }>()
      const values = items.map((item) => {
        const id = idOf(item)
        const key = keyOf(item)
        const old = entries.get(id)
        const value = old && sameKey(old.key, key) ? old.value : build(item)
        next.set(id, { key, value })
        return value
      })
      entries = next
      const unchanged = values.length === list.length && values.every((value, i) => value === list[i])
      if (!unchanged) list = values
      return list
    },
  }
}
