/** What is selected on the canvas: card ids and link ids, kept apart. */

export interface Selection {
  cards: ReadonlySet<string>
  links: ReadonlySet<string>
}

export const EMPTY_SELECTION: Selection = { cards: new Set(), links: new Set() }

/** A selection of exactly these cards. */
export function selectCards(ids: readonly string[]): Selection {
  return { cards: new Set(ids), links: new Set() }
}

/** `selection` with one id added or removed from one of its sets. */
export function toggleInSelection(
  selection: Selection,
  kind: keyof Selection,
  id: string,
  selected: boolean,
): Selection {
  const current = selection[kind]
  if (current.has(id) === selected) return selection
  const next = new Set(current)
  if (selected) next.add(id)
  else next.delete(id)
  return { ...selection, [kind]: next }
}

/** The selection without ids that no longer exist. */
export function pruneSelection(
  selection: Selection,
  cardIds: ReadonlySet<string>,
  linkIds: ReadonlySet<string>,
): Selection {
  const cards = [...selection.cards].filter((id) => cardIds.has(id))
  const links = [...selection.links].filter((id) => linkIds.has(id))
  if (cards.length === selection.cards.size && links.length === selection.links.size) return selection
  return { cards: new Set(cards), links: new Set(links) }
}
