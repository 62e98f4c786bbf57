/**
 * Where a place of a board document sits among the arguments: a root map (cards, links, sources),
 * one entry of it (a card's own map), or inside one field of an entry (a card's text). What the
 * debate's rules ask of an item depends on that alone.
 * NOTE: a document type is located by walking up its parents, at most MAX_NESTING of them, and
 * memoised; a type the update creates is located when the item holding it is (hold), as the
 * update's items come in integration order. Never a walk of the document.
 */
import type * as Y from 'yjs'
import type { Container } from './slots.ts'

/** Where a type sits: a root, an entry's own map, or anywhere inside one field of an entry. */
export type Where =
  | { level: 'root'; root: string }
  | {
      level: 'entry'
      root: string
      /** The item holding the entry in its root map. */
      entry: Y.Item
      /** Whether the update creates the entry (the document does not hold it yet). */
      fresh: boolean
    }
  | { level: 'field'; root: string; entry: Y.Item; fresh: boolean; field: string }

/** Deeper than any schema nests types: such a place is no argument's. */
const MAX_NESTING = 8

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its events, unread here
type AnyType = Y.AbstractType<any>

export class ArgumentLocator {
  private readonly rootNames = new Map<AnyType, string>()
  private readonly docTypes = new Map<AnyType, Where | null>()
  private readonly held = new Map<Container, Where | null>()

  constructor(doc: Y.Doc) {
    doc.share.forEach((type, name) => this.rootNames.set(type, name))
  }

  /** Where a container of the update policy sits (a root, a document type, or a type the update creates). */
  ofContainer(container: Container): Where | null {
    if (container.root !== undefined) return { level: 'root', root: container.root }
    if (container.type) return this.ofType(container.type)
    return this.held.get(container) ?? null
  }

  /** Where a type of the document sits; null when it is no argument's. */
  ofType(type: AnyType): Where | null {
    const chain: AnyType[] = []
    let at = type
    let where = this.docTypes.get(at)
    while (where === undefined) {
      if (at._item === null) {
        const name = this.rootNames.get(at)
        where = name === undefined ? null : { level: 'root', root: name }
        this.docTypes.set(at, where)
        break
      }
      chain.push(at)
      if (chain.length > MAX_NESTING) return null
      at = at._item.parent as AnyType
      where = this.docTypes.get(at)
    }
    for (const below of chain.reverse()) {
      where = where && inside(where, below._item!, false)
      this.docTypes.set(below, where)
    }
    return where
  }

  /** Records where the type held by `item`, a new item of the update at `parent`, sits. */
  hold(container: Container, parent: Where, item: Y.Item): void {
    this.held.set(container, inside(parent, item, true))
  }
}

/** Where the type held by `item` sits, `item` standing in a type that sits at `parent`. */
function inside(parent: Where, item: Y.Item, fresh: boolean): Where {
  switch (parent.level) {
    case 'root':
      return { level: 'entry', root: parent.root, entry: item, fresh }
    case 'entry':
      return { ...parent, level: 'field', field: item.parentSub ?? '' }
    case 'field':
      return parent
  }
}
