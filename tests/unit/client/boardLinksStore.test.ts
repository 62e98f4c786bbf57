// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import {
  recallKnownLinks,
  rememberBoardLink,
  rememberBoardLinks,
} from '../../../client/landing/boardLinksStore.ts'

const links = { moderate: 'http://h/b/x#token=m', edit: 'http://h/b/x#token=e', view: 'http://h/b/x#token=v' }

afterEach(() => window.sessionStorage.clear())

describe('boardLinksStore', () => {
  it('recalls the three links of a board created in this tab', () => {
    rememberBoardLinks({ id: 'board-1', links })
    expect(recallKnownLinks('board-1')).toEqual(links)
    expect(recallKnownLinks('other')).toEqual({})
  })

  it('replaces only the link that was reset', () => {
    rememberBoardLinks({ id: 'board-1', links })
    rememberBoardLink('board-1', 'edit', 'http://h/b/x#token=e2')
    expect(recallKnownLinks('board-1')).toEqual({ ...links, edit: 'http://h/b/x#token=e2' })
  })

  it('keeps a reset link for a board this tab did not create, without claiming to know the others', () => {
    rememberBoardLink('board-2', 'view', 'http://h/b/y#token=v2')
    expect(recallKnownLinks('board-2')).toEqual({ view: 'http://h/b/y#token=v2' })
  })

  it('ignores stored values that are not links by role', () => {
    window.sessionStorage.setItem('debate-board.links.bad', '{not json')
    window.sessionStorage.setItem(
      'debate-board.links.odd',
      JSON.stringify({ edit: 3, owner: 'x', view: 'v' }),
    )
    expect(recallKnownLinks('bad')).toEqual({})
    expect(recallKnownLinks('odd')).toEqual({ view: 'v' })
  })
})
