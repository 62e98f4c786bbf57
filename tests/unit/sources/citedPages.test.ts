/** [SR11] The page of a PDF article that a passage is on, from the pages stored with its text. */
import { describe, expect, it } from 'vitest'
import { citedPages, pageAt } from '../../../shared/sources/citedPages.ts'

// "one\ntwo\n\nfour": page 1 "one", page 2 "two", page 3 blank, page 4 "four" (as joinPages lays them out).
const PAGES = [
  { page: 1, start: 0, end: 3 },
  { page: 2, start: 4, end: 7 },
  { page: 3, start: 7, end: 7 },
  { page: 4, start: 8, end: 12 },
]

describe('the page at an offset', () => {
  it.each([
    { offset: 0, page: 1, why: 'the first character' },
    { offset: 2, page: 1, why: 'the last character of a page' },
    { offset: 3, page: 2, why: 'the newline between two pages belongs to the next' },
    { offset: 4, page: 2, why: 'the first character of a page' },
    { offset: 7, page: 4, why: 'a blank page holds no character: the next page with text' },
    { offset: 11, page: 4, why: 'the last character of the text' },
    { offset: 12, page: undefined, why: 'past the text' },
  ])('[SR11] offset $offset is on page $page: $why', ({ offset, page }) => {
    expect(pageAt(PAGES, offset)).toBe(page)
  })

  it('[SR11] finds the page by binary search in a 10,000-page article', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ page: i + 1, start: i * 10, end: i * 10 + 9 }))
    expect(pageAt(many, 73_215)).toBe(7_322)
    expect(pageAt(many, 99_998)).toBe(10_000)
  })
})

describe('the pages a passage is on', () => {
  it.each([
    { passage: { start: 0, end: 3 }, pages: { first: 1, last: 1 }, why: 'a passage on one page' },
    { passage: { start: 1, end: 6 }, pages: { first: 1, last: 2 }, why: 'a passage across a page break' },
    { passage: { start: 4, end: 12 }, pages: { first: 2, last: 4 }, why: 'across a blank page' },
    { passage: { start: 3, end: 6 }, pages: { first: 2, last: 2 }, why: 'starting on the newline' },
  ])('[SR11] $why: $pages.first to $pages.last', ({ passage, pages }) => {
    expect(citedPages(PAGES, passage)).toEqual(pages)
  })

  it('[SR11] none for an article without pages (not a PDF)', () => {
    expect(citedPages(undefined, { start: 0, end: 3 })).toBeUndefined()
    expect(citedPages([], { start: 0, end: 3 })).toBeUndefined()
  })
})
