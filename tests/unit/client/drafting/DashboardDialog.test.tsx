// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { DashboardDialog } from '../../../../client/drafting/DashboardDialog.tsx'
import { fileNameOf, type Dashboard } from '../../../../client/http/dashboardApi.ts'
import { registerCleanup } from '../../../helpers/cleanup.ts'
import { renderInDom } from '../../../helpers/renderInDom.tsx'
import { stubModalDialogs } from '../../../helpers/modalDialogs.ts'

const DASHBOARD: Dashboard = {
  id: 'board-1',
  title: 'AI boom',
  format: 'classroom',
  phaseId: 'openings',
  participants: [
    {
      key: 'author:a',
      name: 'Ada',
      inRoster: true,
      team: 'bull',
      role: 'bull',
      cards: 3,
      excerpts: 2,
      links: 1,
      words: 57,
    },
    {
      key: 'unknown',
      name: '',
      inRoster: false,
      team: null,
      role: null,
      cards: 1,
      excerpts: 0,
      links: 0,
      words: 4,
    },
  ],
  articles: [
    {
      sourceId: 's1',
      title: 'Boom or bubble',
      passages: [{ quote: 'demand for compute', start: 3, end: 21, team: 'bull', cardIds: ['c1', 'c2'] }],
    },
  ],
}

beforeAll(stubModalDialogs)

afterEach(() => {
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

function answer(body: unknown, status = 200) {
  return vi.fn(async () => Response.json(body, { status }))
}

const open = () =>
  renderInDom(<DashboardDialog boardId="board-1" moderatorToken="mod-token" onClose={() => {}} />).find

describe('the teacher dashboard', () => {
  it('asks the API with the moderator token and says it is loading meanwhile', () => {
    const fetch = vi.fn(() => new Promise<Response>(() => {}))
    vi.stubGlobal('fetch', fetch)
    const find = open()
    expect(find('dashboard-loading')?.textContent).toBe('Counting everyone’s cards…')
    expect(fetch).toHaveBeenCalledExactlyOnceWith('/api/boards/board-1/dashboard', {
      headers: { Accept: 'application/json', Authorization: 'Bearer mod-token' },
    })
  })

  it('shows each participant’s figures and the passages each team used', async () => {
    vi.stubGlobal('fetch', answer(DASHBOARD))
    const find = open()
    await settled(() => expect(find('dashboard')).not.toBeNull())
    const rows = [...document.querySelectorAll('[data-testid="dashboard-participant"]')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    )
    expect(rows).toEqual([
      ['Ada', 'Bull team', '3', '2', '1', '57'],
      ['Unknown', 'No team', '1', '0', '0', '4'],
    ])
    expect(find('dashboard-passages-bull')?.textContent).toContain('demand for compute')
    expect(find('dashboard-passages-bull')?.textContent).toContain('2 cards')
    expect(find('dashboard-passages-bear')?.textContent).toContain('No passage cited yet.')
  })

  it('says when nobody has taken part yet', async () => {
    vi.stubGlobal('fetch', answer({ ...DASHBOARD, participants: [], articles: [] }))
    const find = open()
    await settled(() => expect(find('dashboard-no-participants')).not.toBeNull())
  })

  it('says what went wrong, in words, and tries again on request', async () => {
    const fetch = answer({ error: { code: 'FORBIDDEN', message: 'Only the moderator' } }, 403)
    vi.stubGlobal('fetch', fetch)
    const find = open()
    await settled(() => expect(find('dashboard-error')).not.toBeNull())
    expect(find('dashboard-error')?.textContent).toContain('Your link does not allow this change.')
    fetch.mockImplementation(async () => Response.json(DASHBOARD))
    act(() => find('dashboard-retry')!.click())
    await settled(() => expect(find('dashboard')).not.toBeNull())
  })

  it('treats an answer of the wrong shape as an error, never a half-read table', async () => {
    vi.stubGlobal('fetch', answer({ ...DASHBOARD, participants: [{ name: 'Ada', cards: 'three' }] }))
    const find = open()
    await settled(() => expect(find('dashboard-error')).not.toBeNull())
    expect(find('dashboard')).toBeNull()
  })

  it('downloads the CSV with the token, in the UI’s language, under the server’s file name', async () => {
    const csv = new Response('\uFEFFname,cards\r\nAda,3\r\n', {
      headers: {
        'Content-Disposition': `attachment; filename="board-1-dashboard.csv"; filename*=UTF-8''AI%20boom.csv`,
      },
    })
    const fetch = vi.fn(async (path: string) =>
      path.endsWith('.csv?lang=en') ? csv : Response.json(DASHBOARD),
    )
    vi.stubGlobal('fetch', fetch)
    const saved: string[] = []
    // jsdom makes no object URLs and follows no download links: both are recorded instead.
    const { createObjectURL, revokeObjectURL } = URL
    URL.createObjectURL = () => 'blob:csv'
    URL.revokeObjectURL = () => {}
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(`${this.download} ${this.href}`)
    })
    registerCleanup(() => {
      Object.assign(URL, { createObjectURL, revokeObjectURL })
      click.mockRestore()
    })
    const find = open()
    await settled(() => expect(find('dashboard')).not.toBeNull())
    act(() => find('dashboard-csv')!.click())
    await settled(() => expect(saved).toEqual(['AI boom.csv blob:csv']))
    expect(fetch).toHaveBeenCalledWith('/api/boards/board-1/dashboard.csv?lang=en', {
      headers: { Accept: 'text/csv', Authorization: 'Bearer mod-token' },
    })
  })
})

describe('fileNameOf', () => {
  it.each([
    [`attachment; filename="a.csv"; filename*=UTF-8''%E8%BE%A9%E8%AE%BA.csv`, '辩论.csv'],
    ['attachment; filename="plain.csv"', 'plain.csv'],
    ['attachment; filename=bare.csv', 'bare.csv'],
    [null, undefined],
  ])('reads %s as %s', (header, expected) => {
    expect(fileNameOf(header)).toBe(expected)
  })
})
