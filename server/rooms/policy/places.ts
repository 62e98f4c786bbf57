/**
 * Where each new item of an update lands: its parent type and its key, resolved as Yjs resolves
 * them (Item#getMissing), from the update or from the document, by id.
 * NOTE: items are resolved in integration order, so every item of the update that an item refers
 * to is resolved already and is looked up in a memo: no recursion, however long a chain of items
 * positioned against each other, and one step per item. A document type is placed by walking up
 * its parents, at most MAX_NESTING of them, memoised too: never a walk of the document.
 */
import * as Y from 'yjs'
import type { DocumentSchema } from '../../../shared/board/documentSchemas.ts'
import { findInUpdate, refuse } from './structs.ts'
import { lookUpSlot, segment, typeFor, type Container } from './slots.ts'
import type { StructIndex } from './types.ts'

/** Where a new item lands: a container, and its key there (null in a sequence). */
export interface Place {
  container: Container
  key: string | null
}

/** Deeper than any schema nests types: such a document type is outside every schema. */
const MAX_NESTING = 8

/** Any shared type; Yjs types its event parameter, which nothing here reads. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyType = Y.AbstractType<any>

export class PlaceResolver {
  /** Places of the update's new items; null when Yjs will discard the item (turn it into GC). */
  private readonly places = new Map<Y.Item, Place | null>()
  /** The types the update's accepted items create. */
  private readonly held = new Map<Y.Item, Container>()
  private readonly docContainers = new Map<AnyType, Container>()
  private readonly roots = new Map<string, Container>()
  private readonly rootNames = new Map<AnyType, string>()

  constructor(
    private readonly doc: Y.Doc,
    private readonly index: StructIndex,
    private readonly schema: DocumentSchema,
  ) {
    doc.share.forEach((type, name) => this.rootNames.set(type, name))
  }

  /**
   * Where `item` lands, or null when Yjs discards it. Every item of the update it refers to must
   * have been resolved first.
   */
  resolve(item: Y.Item): Place | null {
    const place = this.declaredPlace(item)
    this.places.set(item, place)
    return place
  }

  /** The place `item` was resolved to. */
  placeOf(item: Y.Item): Place | null | undefined {
    return this.places.get(item)
  }

  /** Records that an accepted item of the update creates a type that follows `container.rule`. */
  hold(item: Y.Item, container: Container): void {
    this.held.set(item, container)
  }

  /** The container an accepted item of the update creates, when it holds a type. */
  heldBy(item: Y.Item): Container | undefined {
    return this.held.get(item)
  }

  /** The container a type of the document sits in. */
  containerOfType(type: AnyType): Container {
    return this.docContainer(type)
  }

  private declaredPlace(item: Y.Item): Place | null {
    const parent: unknown = item.parent
    if (typeof parent === 'string') return { container: this.root(parent), key: item.parentSub }
    if (parent instanceof Y.ID) {
      const container = this.containerAt(parent)
      return container && { container, key: item.parentSub }
    }
    const left = item.origin ? this.neighbourAt(item.origin) : undefined
    const right = item.rightOrigin ? this.neighbourAt(item.rightOrigin) : undefined
    // Yjs discards an item next to a garbage-collected struct, whatever its neighbours say.
    if (left === null || right === null) return null
    // Decoding gives every item without neighbours a parent, so one of these is always set.
    return left ?? right ?? refuse('The update has an item with no position.')
  }

  /** The place of the struct holding `id`, which the item inherits; null for garbage. */
  private neighbourAt(id: Y.ID): Place | null {
    if (id.clock < Y.getState(this.doc.store, id.client)) {
      const struct = Y.getItem(this.doc.store, id) as Y.Item | Y.GC
      if (!(struct instanceof Y.Item)) return null
      return { container: this.docContainer(struct.parent as AnyType), key: struct.parentSub }
    }
    const struct = findInUpdate(this.index, id)
    return struct instanceof Y.Item ? this.places.get(struct)! : null
  }

  /** The type the struct holding `id` holds, if it holds one; null sends the child to garbage. */
  private containerAt(id: Y.ID): Container | null {
    if (id.clock < Y.getState(this.doc.store, id.client)) {
      const struct = Y.getItem(this.doc.store, id) as Y.Item | Y.GC
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) return null
      return this.docContainer(struct.content.type as AnyType)
    }
    const struct = findInUpdate(this.index, id)
    return (struct instanceof Y.Item && this.held.get(struct)) || null
  }

  private root(name: string): Container {
    let container = this.roots.get(name)
    if (!container) {
      const type = this.doc.share.get(name) ?? null
      container = { rule: this.schema.roots.get(name), path: segment(name), type, root: name }
      this.roots.set(name, container)
    }
    return container
  }

  private docContainer(start: AnyType): Container {
    const chain: AnyType[] = []
    for (let type = start; !this.docContainers.has(type); type = type._item!.parent as AnyType) {
      chain.push(type)
      if (type._item === null) break
      if (chain.length > MAX_NESTING) {
        const outside = { rule: undefined, path: 'a place nested deeper than any document allows', type }
        for (const nested of chain) this.docContainers.set(nested, outside)
        break
      }
    }
    for (const type of chain.reverse()) {
      if (this.docContainers.has(type)) continue
      const item = type._item
      const container = item
        ? this.child(this.docContainers.get(item.parent as AnyType)!, item.parentSub, type)
        : this.root(this.rootNames.get(type)!)
      this.docContainers.set(type, container)
    }
    return this.docContainers.get(start)!
  }

  /** The container a document type is, under `key` of its parent container. */
  private child(parent: Container, key: string | null, type: AnyType): Container {
    const slot = lookUpSlot(parent, key)
    const path = `${parent.path}/${segment(key ?? '…')}`
    if ('problem' in slot) return { rule: undefined, path, type }
    const fits = type.constructor === typeFor(slot.rule)
    return { rule: fits ? (slot.rule as Container['rule']) : undefined, path, type }
  }
}
