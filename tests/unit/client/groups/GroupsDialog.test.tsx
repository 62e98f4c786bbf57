// @vitest-environment jsdom
import { act, useState } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { deriveGroupModeratorToken } from '../../../../shared/auth/derivedTokens.ts'
import { GroupsDialog } from '../../../../client/groups/GroupsDialog.tsx'
import { GROUPS_REFRESH_MS } from '../../../../client/groups/useGroups.ts'
import type { GroupStatus } from '../../../../client/http/groupsApi.ts'
import { renderInDom, typeInto } from '../../../helpers/renderInDom.tsx'
import { stubModalDialogs } from '../../../helpers/modalDialogs.ts'

const MINUTE = 60_000

const group = (number: number, patch: Partial<GroupStatus> = {}): GroupStatus => ({
  id: `copy-${number}`,
  number,
  title: 'Cars out of the centre',
  phase: { id: 'prepare', kind: 'draft' },
  locked: false,
  cards: 0,
  sources: 2,
  online: 0,
  lastCardAt: null,
  ...patch,
})

beforeAll(stubModalDialogs)

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.replaceChildren()
})

/** Waits while React applies the updates of the fetch as they come (as Testing Library's waitFor). */
async function settled(check: () => void) {
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
  scope.IS_REACT_ACT_ENVIRONMENT = false
  try {
    await vi.waitFor(check)
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = true
  }
}

/** A fetch that answers the list with `groups` (as JSON) and a POST with what `onPost` gives. */
function stubServer(groups: GroupStatus[], onPost?: (body: unknown) => Response) {
  const fetch = vi.fn(async (_path: string, init?: RequestInit) => {
    if (init?.method === 'POST') return onPost!(JSON.parse(String(init.body)))
    return Response.json({ groups })
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

/** The dialog as a page opened with `moderatorToken` (null: opened without one). */
const open = (moderatorToken: string | null = 'mod-token') =>
  renderInDom(
    <GroupsDialog boardId="board-1" moderatorToken={moderatorToken ?? undefined} onClose={() => {}} />,
  )

/** The dialog as the board shows it: closed by its ✕ button, which unmounts it. */
function ClosableDialog() {
  const [open, setOpen] = useState(true)
  return open ? (
    <GroupsDialog boardId="board-1" moderatorToken="mod-token" onClose={() => setOpen(false)} />
  ) : null
}

const texts = (testId: string) =>
  [...document.querySelectorAll(`[data-testid="${testId}"]`)].map((element) => element.textContent)

describe('the groups dialog', () => {
  it('asks the API with the moderator token and says it is loading meanwhile', () => {
    const fetch = vi.fn(() => new Promise<Response>(() => {}))
    vi.stubGlobal('fetch', fetch)
    const { find } = open()
    expect(find('groups-loading')?.textContent).toBe('Loading the groups…')
    expect(fetch).toHaveBeenCalledExactlyOnceWith('/api/boards/board-1/groups', {
      headers: { Accept: 'application/json', Authorization: 'Bearer mod-token' },
    })
  })

  it('says there are no groups yet', async () => {
    stubServer([])
    const { find } = open()
    await settled(() => expect(find('groups-empty')?.textContent).toBe('No groups yet.'))
    expect(find('groups-loading')).toBeNull()
  })

  it('lists each group with its phase, lock, cards, people online and last activity', async () => {
    const now = Date.now()
    stubServer([
      group(1, { cards: 3, online: 2, lastCardAt: now - 5 * MINUTE }),
      group(2, {
        phase: { id: 'openings', kind: 'argue', name: 'Speeches' },
        locked: true,
        cards: 1,
        online: 1,
      }),
    ])
    const { find } = open()
    await settled(() => expect(texts('group-name')).toEqual(['Group 1', 'Group 2']))
    // A phase's default name in the UI's language; a renamed phase by its new name.
    expect(texts('group-phase')).toEqual(['Prepare', 'Speeches'])
    expect(texts('group-locked')).toEqual(['🔒 Locked'])
    expect(texts('group-stats')).toEqual([
      '3 cards2 onlineLast card 5 minutes ago',
      '1 card1 onlineNo cards yet',
    ])
    expect(find('groups-empty')).toBeNull()
  })

  it('opens each group with the moderator link derived from this tab’s token', async () => {
    stubServer([group(1), group(2)])
    open('mod-token')
    await settled(() => expect(texts('group-open')).toHaveLength(2))
    const expected = await Promise.all(
      ['copy-1', 'copy-2'].map(
        async (id) => `${location.origin}/b/${id}#token=${await deriveGroupModeratorToken('mod-token', id)}`,
      ),
    )
    const hrefs = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="group-open"]')].map(
      (anchor) => anchor.getAttribute('href'),
    )
    expect(hrefs).toEqual(expected)
    const copied = [...document.querySelectorAll<HTMLInputElement>('[data-testid="group-link"]')]
    expect(copied.map((input) => input.value)).toEqual(expected)
    // Never the original token itself: it opens no copy (PH43).
    expect(hrefs.some((href) => href?.endsWith('#token=mod-token'))).toBe(false)
  })

  it('shows no group links without a moderator token, and says how to get them', async () => {
    stubServer([group(1)])
    const { find } = open(null)
    await settled(() => expect(texts('group-name')).toEqual(['Group 1']))
    expect(find('group-open')).toBeNull()
    expect(find('groups-list')?.parentElement?.textContent).toContain('moderator link')
  })

  it('creates the number of groups asked for, then lists them', async () => {
    const listed: GroupStatus[] = []
    const fetch = stubServer(listed, (body) => {
      listed.push(group(1), group(2))
      return Response.json(
        {
          groups: [
            { id: 'copy-1', number: 1 },
            { id: 'copy-2', number: 2 },
          ],
          body,
        },
        {
          status: 201,
        },
      )
    })
    const { find } = open()
    await settled(() => expect(find('groups-empty')).not.toBeNull())
    typeInto(find<HTMLInputElement>('groups-count')!, '2')
    act(() => find<HTMLButtonElement>('groups-create')!.click())
    await settled(() => expect(texts('group-name')).toEqual(['Group 1', 'Group 2']))
    expect(fetch).toHaveBeenCalledWith('/api/boards/board-1/groups', {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: 'Bearer mod-token',
      },
      body: JSON.stringify({ count: 2 }),
    })
  })

  it('asks the server nothing for a count outside 1–30', async () => {
    const fetch = stubServer([])
    const { find } = open()
    await settled(() => expect(find('groups-empty')).not.toBeNull())
    for (const count of ['0', '31', '2.5']) {
      typeInto(find<HTMLInputElement>('groups-count')!, count)
      act(() => find<HTMLFormElement>('groups-split')!.requestSubmit())
    }
    expect(fetch.mock.calls.filter(([, init]) => init?.method === 'POST')).toEqual([])
  })

  it('shows the server’s own sentence when it refuses to make the groups', async () => {
    const message = 'A board can have at most 30 groups; this one has 29, so at most 1 more can be made.'
    stubServer([], () => Response.json({ error: { code: 'LIMIT_REACHED', message } }, { status: 429 }))
    const { find } = open()
    await settled(() => expect(find('groups-empty')).not.toBeNull())
    act(() => find<HTMLButtonElement>('groups-create')!.click())
    await settled(() => expect(find('groups-create-error')).not.toBeNull())
    expect(find('groups-create-error')?.textContent).toBe(
      `The groups could not be made: This board is full. ${message}`,
    )
    expect(find<HTMLButtonElement>('groups-create')?.disabled).toBe(false)
  })

  it('says what went wrong when the list cannot be read, and tries again on request', async () => {
    const fetch = vi.fn(async () =>
      Response.json(
        { error: { code: 'FORBIDDEN', message: 'The groups overview is for the moderator.' } },
        {
          status: 403,
        },
      ),
    )
    vi.stubGlobal('fetch', fetch)
    const { find } = open()
    await settled(() => expect(find('groups-error')).not.toBeNull())
    expect(find('groups-error')?.textContent).toContain(
      'Your link does not allow this change. The groups overview is for the moderator.',
    )
    fetch.mockImplementation(async () => Response.json({ groups: [group(1)] }))
    act(() => find('groups-retry')!.click())
    await settled(() => expect(texts('group-name')).toEqual(['Group 1']))
    expect(find('groups-error')).toBeNull()
  })

  it('treats an answer of the wrong shape as an error, not as a list', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ groups: [{ id: 'copy-1' }] })),
    )
    const { find } = open()
    await settled(() => expect(find('groups-error')?.textContent).toContain('unexpected answer'))
    expect(find('groups-list')).toBeNull()
  })

  it('reads the list again every 10 s while open, and stops once closed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const fetch = stubServer([group(1, { cards: 0 })])
    const { find, container } = renderInDom(<ClosableDialog />)
    await settled(() => expect(texts('group-name')).toEqual(['Group 1']))
    fetch.mockImplementation(async () => Response.json({ groups: [group(1, { cards: 4 })] }))
    act(() => vi.advanceTimersByTime(GROUPS_REFRESH_MS))
    await settled(() => expect(find('group-stats')?.textContent).toContain('4 cards'))
    expect(fetch).toHaveBeenCalledTimes(2)
    act(() => container.querySelector<HTMLButtonElement>('button[aria-label="Close"]')!.click())
    expect(find('groups-dialog')).toBeNull()
    act(() => vi.advanceTimersByTime(3 * GROUPS_REFRESH_MS))
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})
