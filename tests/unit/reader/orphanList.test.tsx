// @vitest-environment jsdom
/** [SR1] The reader lists an article's orphans, and each one leads to its card on the board. */
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FLASH_CLASS } from '../../../client/reader/revealPassage.ts'
import { Stance } from '../../../shared/board/schema.ts'
import { makeQuotingCard, makeSource, renderReader, type RenderedReader } from './readerHarness.tsx'

const original = makeSource('a', 'en', 'Rates rose in May. Prices followed in June. Nobody was surprised.')
// The same article after an edit that removed the second sentence.
const edited = { ...original, text: 'Rates rose in May. Nobody was surprised.' }
const kept = makeQuotingCard('kept', Stance.Bull, original, 'Rates rose in May.')
const lost = makeQuotingCard('lost', Stance.Bear, original, 'Prices followed in June.')
const other = makeQuotingCard(
  'other',
  Stance.Bear,
  makeSource('b', 'en', 'Prices followed in June.'),
  'Prices',
)

let reader: RenderedReader | undefined
afterEach(() => reader?.unmount())

const query = (testId: string) => reader?.container.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)

describe('orphans in the reader', () => {
  it('[SR1] an article whose text still holds every quote shows no orphan control', () => {
    reader = renderReader({ sources: [original], cards: [kept, lost], activeSourceId: 'a' })
    expect(query('reader-orphans')).toHaveLength(0)
  })

  it('[SR1] an article lists "N passages not found" with only its own lost cards, each flying to its card', () => {
    const onHighlightActivate = vi.fn()
    reader = renderReader({
      sources: [edited],
      cards: [kept, lost, other],
      activeSourceId: 'a',
      onHighlightActivate,
    })
    const toggle = query('reader-orphans-toggle')?.[0]
    expect(toggle?.textContent).toBe('1 passage not found')
    expect(toggle?.getAttribute('aria-expanded')).toBe('false')
    act(() => toggle?.click())
    const items = [...(query('reader-orphan') ?? [])]
    expect(items.map((item) => item.dataset.cardId)).toEqual(['lost'])
    expect(items[0]?.textContent).toContain('Prices followed in June.')
    act(() => items[0]?.click())
    expect(onHighlightActivate).toHaveBeenCalledWith(['lost'])
    // The lost card's passage is not highlighted at its stale offsets.
    const highlighted = [...reader.container.querySelectorAll('[data-testid="highlight"]')]
    expect(highlighted.map((mark) => mark.getAttribute('data-card-ids'))).toEqual(['kept'])
  })

  it('[SR1] clicking an orphaned card’s quote flashes nothing at its stale offsets', () => {
    reader = renderReader({ sources: [edited], cards: [kept, lost], activeSourceId: 'a' })
    const excerpt = lost.excerpt
    if (!excerpt) throw new Error('the card quotes nothing')
    reader.rerender({ focusRequest: { ...excerpt, nonce: 1, excerpt } })
    expect(reader.container.querySelectorAll(`.${FLASH_CLASS}`)).toHaveLength(0)
  })
})
