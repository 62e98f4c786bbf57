/** What a place of a document may hold, looked up in its schema, and the reason when it may hold nothing. */
import * as Y from 'yjs'
import type { MapRule, SlotRule, TextRule } from '../../../shared/board/documentSchemas.ts'

/** A shared type an item can land in, with the rule of the place that holds it. */
export interface Container {
  /** The rule the type follows; undefined when the schema has no such place. */
  rule: MapRule | TextRule | undefined
  /** Where it is, for refusals: "cards", "cards/abc", "cards/abc/text". */
  path: string
  /** The type as the document holds it; null when the update creates it (or a root not created yet). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its events, unread here
  type: Y.AbstractType<any> | null
  /** The root's name, for a root map. */
  root?: string
}

/** The rule of one character of a text. */
export const CHARACTER = { kind: 'character' } as const
/** What an item may be at its place: a value, a shared type, or a character of a text. */
export type PlaceRule = SlotRule | typeof CHARACTER

/** The rule for `key` in `container`, or the reason nothing may be written there. */
export type SlotLookup = { rule: PlaceRule; path: string } | { problem: string }

/** A key as it may appear in a message: plain ids as they are, anything else quoted and cut short. */
export function segment(key: string): string {
  return /^[\w-]{1,64}$/.test(key) ? key : JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)
}

/** Looks up what `container` may hold under `key` (null: in its sequence, as a text's characters are). */
export function lookUpSlot(container: Container, key: string | null): SlotLookup {
  const { rule, path } = container
  if (!rule) return { problem: `The update writes to ${path}, a place this document does not have.` }
  if (rule.kind === 'text') {
    if (key === null) return { rule: CHARACTER, path }
    return { problem: `${path} holds only characters, not the key ${segment(key)}.` }
  }
  if (key === null) return { problem: `${path} holds only keyed entries.` }
  const slotPath = `${path}/${segment(key)}`
  switch (rule.kind) {
    case 'fields': {
      const field = rule.fields.get(key)
      return field ? { rule: field, path: slotPath } : { problem: `${slotPath} is not a field of ${path}.` }
    }
    case 'entries':
      if (rule.key.safeParse(key).success) return { rule: rule.entry, path: slotPath }
      return { problem: `The key ${segment(key)} in ${path} must be ${rule.keyExpects}.` }
  }
}

/** The Yjs type a rule asks for at a place, if it asks for one. */
export function typeFor(rule: PlaceRule): typeof Y.Map | typeof Y.Text | undefined {
  if (rule.kind === 'fields' || rule.kind === 'entries') return Y.Map
  if (rule.kind === 'text') return Y.Text
  return undefined
}
