/** Anchoring is computed once per (article text, excerpt content), not on every render. */
import { describe, expect, it, vi } from 'vitest'
import { makeExcerpt } from '../../../../shared/board/excerpt.ts'

const { anchorStatusOf } = vi.hoisted(() => ({ anchorStatusOf: vi.fn() }))
vi.mock('../../../../shared/board/anchoring/anchorStatus.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../shared/board/anchoring/anchorStatus.ts')>()
  anchorStatusOf.mockImplementation(original.anchorStatusOf)
  return { ...original, anchorStatusOf }
})

const { cachedAnchoring } = await import('../../../../shared/board/anchoring/anchoringCache.ts')

const TEXT = 'Rates rose in May. Prices followed in June. Nobody was surprised.'
const EDITED = 'Rates rose in May. Nobody was surprised.'

describe('cached anchoring', () => {
  it('[SR1] anchors an excerpt once per article text, for the same object and for a copy of it', () => {
    anchorStatusOf.mockClear()
    const start = TEXT.indexOf('Prices followed')
    const excerpt = makeExcerpt('a', TEXT, start, start + 'Prices followed'.length)
    const first = cachedAnchoring(TEXT, excerpt)
    expect(cachedAnchoring(TEXT, excerpt)).toBe(first)
    expect(cachedAnchoring(TEXT, { ...excerpt })).toBe(first)
    expect(anchorStatusOf).toHaveBeenCalledTimes(1)
    expect(first.status).toBe('exact')
  })

  it('[SR1] anchors again when the article text changes, and finds the passage gone', () => {
    anchorStatusOf.mockClear()
    const start = TEXT.indexOf('Prices followed')
    const excerpt = makeExcerpt('a', TEXT, start, start + 'Prices followed in June.'.length)
    expect(cachedAnchoring(TEXT, excerpt).status).toBe('exact')
    expect(cachedAnchoring(EDITED, excerpt).status).toBe('orphaned')
    expect(cachedAnchoring(EDITED, excerpt).status).toBe('orphaned')
    expect(anchorStatusOf).toHaveBeenCalledTimes(2)
  })
})
