/** Whether an item's content may stand at its place: the right kind of content, and a valid value. */
import * as Y from 'yjs'
import type { PlaceRule } from './slots.ts'
import { refuse } from './structs.ts'

/**
 * Whether a decoded value has only plain objects' prototype.
 * NOTE: lib0's readAny builds objects with `object[key] = value`, so a key named "__proto__"
 * replaces the object's prototype, and zod reads fields through the prototype: an excerpt whose
 * fields sit on its prototype would pass its schema yet hold no field of its own.
 */
function hasPlainPrototype(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return true
  return Object.getPrototypeOf(value) === Object.prototype
}

/** Refuses `item` unless its content fits `rule`, the rule of the place at `path` where it lands. */
export function checkContent(rule: PlaceRule, path: string, item: Y.Item): void {
  const content = item.content
  // A deleted item holds nothing: it may stand wherever an item may.
  if (content instanceof Y.ContentDeleted) return
  switch (rule.kind) {
    case 'character':
      if (!(content instanceof Y.ContentString))
        refuse(`${path} holds only plain characters (no formatting, embeds or other content).`)
      return
    case 'value': {
      const values = content instanceof Y.ContentAny ? content.arr : []
      const fits =
        values.length === 1 && hasPlainPrototype(values[0]) && rule.schema.safeParse(values[0]).success
      if (!fits) refuse(`${path} must be ${rule.expects}.`)
      return
    }
    case 'text':
      if (!(content instanceof Y.ContentType && content.type.constructor === Y.Text))
        refuse(`${path} must be a shared text (Y.Text).`)
      return
    case 'fields':
    case 'entries':
      if (!(content instanceof Y.ContentType && content.type.constructor === Y.Map))
        refuse(`${path} must be a shared map (Y.Map).`)
      return
  }
}
