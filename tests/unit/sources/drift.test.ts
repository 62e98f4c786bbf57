/** [SR4] Drift: how each card citing an article stands in its new text — exact, moved, changed or orphaned. */
import { describe, expect, it } from 'vitest'
import { makeExcerpt } from '../../../shared/board/excerpt.ts'
import type { Card } from '../../../shared/board/schema.ts'
import { driftCount, driftOf } from '../../../shared/sources/drift.ts'

const OLD = 'Rates rose again in March. Lenders tightened credit for small firms. Chip makers kept investing.'

function cardOn(id: string, quote: string, sourceId = 'src'): Card {
  const start = OLD.indexOf(quote)
  return {
    id,
    stance: 'bull',
    text: '',
    x: 0,
    y: 0,
    excerpt: makeExcerpt(sourceId, OLD, start, start + quote.length),
    authorId: 'a',
    authorName: 'A',
    createdAt: 0,
  }
}

describe('driftOf', () => {
  const cards = [
    cardOn('exact', 'Rates rose again'),
    cardOn('moved', 'Lenders tightened credit for small firms.'),
    cardOn('changed', 'Chip makers kept investing.'),
    cardOn('other', 'Rates rose again', 'another-source'),
  ]

  it('[SR4] an unchanged text has no drift', () => {
    expect(driftCount(driftOf({ id: 'src', text: OLD }, cards))).toBe(0)
  })

  it('[SR4] a quote found verbatim elsewhere moved, one found with edits changed, one gone is orphaned; other articles’ cards are not counted', () => {
    const text =
      'Rates rose again in March, a third time. Chipmakers kept investing. Lenders tightened credit for small firms.'
    const drift = driftOf({ id: 'src', text }, [...cards, cardOn('gone', 'in March. Lenders')])
    expect(drift.moved.map((e) => e.cardId)).toEqual(['moved'])
    expect(drift.changed.map((e) => e.cardId)).toEqual(['changed'])
    expect(drift.orphaned.map((e) => e.cardId)).toEqual(['gone'])
    const changed = drift.changed[0]!
    expect('passage' in changed && changed.passage).toBe('Chipmakers kept investing.')
    const moved = drift.moved[0]!
    expect('range' in moved && text.slice(moved.range.start, moved.range.end)).toBe(
      'Lenders tightened credit for small firms.',
    )
  })

  it('[SR4] unreadable cards and cards without an excerpt are left out', () => {
    const unreadable = { ...cardOn('u', 'Rates rose again'), unreadable: true as const }
    const plain = { ...cardOn('p', 'Rates rose again'), excerpt: undefined }
    expect(driftCount(driftOf({ id: 'src', text: 'Completely different words.' }, [unreadable, plain]))).toBe(
      0,
    )
  })
})
