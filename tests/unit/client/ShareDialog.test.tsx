// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { Role } from '../../../shared/access.ts'
import { deriveRoleToken } from '../../../shared/auth/derivedTokens.ts'
import { ShareDialog } from '../../../client/board/ShareDialog.tsx'
import { renderInDom } from '../../helpers/renderInDom.tsx'
import { stubModalDialogs } from '../../helpers/modalDialogs.ts'

const BOARD_ID = 'board-1'
const EDIT_LINK = 'http://192.168.1.20:3000/b/board-1#token=edit'
beforeAll(stubModalDialogs)

beforeEach(() => {
  // The server's answer never comes unless a test gives one: the links stay as this tab knows them.
  vi.stubGlobal('fetch', () => new Promise(() => {}))
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.replaceChildren()
  sessionStorage.clear()
})

/**
 * Waits until `check` passes while React applies the updates of async work (a fetch, Web Crypto) as
 * they come; as Testing Library's waitFor does, React is told it is not inside act() meanwhile.
 */
async function settled(check: () => void) {
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
  scope.IS_REACT_ACT_ENVIRONMENT = false
  try {
    await vi.waitFor(check)
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = true
  }
}

function renderModeratorShare() {
  return renderInDom(
    <ShareDialog boardId={BOARD_ID} role={Role.Moderate} token="moderator-token" onClose={() => {}} />,
  ).find
}

describe('ShareDialog for a moderator', () => {
  it('shows no QR code while this tab does not know the edit link, only a hint to choose one', () => {
    const find = renderModeratorShare()
    expect(find('share-qr')).toBeNull()
    expect(find('share-qr-none')?.textContent).toBe('Choose a link to show its QR code here.')
  })

  it('shows the moderator QR code only once chosen, with a warning under it', () => {
    const find = renderModeratorShare()
    act(() => find('share-qr-moderate')!.click())
    expect(find('share-qr')).not.toBeNull()
    expect(find('share-qr-warning')?.textContent).toBe('Anyone who scans this can moderate.')
  })

  it('shows the edit link QR code by default when this tab knows it, without the warning', () => {
    sessionStorage.setItem(`debate-board.links.${BOARD_ID}`, JSON.stringify({ edit: EDIT_LINK }))
    const find = renderModeratorShare()
    expect(find('share-qr')).not.toBeNull()
    expect(document.querySelector('.share-qr')?.getAttribute('data-role')).toBe(Role.Edit)
    expect(find('share-qr-warning')).toBeNull()
  })

  it('[AC40] shows the edit and view links derived from the moderator token at the epochs the server gives, with no reset', async () => {
    const fetchBoard = vi.fn(async (path: string, init: RequestInit) => {
      expect([path, new Headers(init.headers).get('authorization')]).toEqual([
        `/api/boards/${BOARD_ID}`,
        'Bearer moderator-token',
      ])
      return Response.json({ id: BOARD_ID, title: 'T', role: 'moderate', linkEpochs: { edit: 2, view: 0 } })
    })
    vi.stubGlobal('fetch', fetchBoard)
    const find = renderModeratorShare()
    expect(find('share-link-edit-pending')?.textContent).toBe('Working out this link…')
    const link = (token: string) => `${window.location.origin}${window.location.pathname}#token=${token}`
    await settled(() => expect(find('share-link-edit')).not.toBeNull())
    expect(find<HTMLInputElement>('share-link-edit')!.value).toBe(
      link(await deriveRoleToken('moderator-token', 'edit', 2)),
    )
    expect(find<HTMLInputElement>('share-link-view')!.value).toBe(
      link(await deriveRoleToken('moderator-token', 'view', 0)),
    )
    expect(document.querySelector('.share-qr')?.getAttribute('data-role')).toBe(Role.Edit)
    expect(fetchBoard).toHaveBeenCalledTimes(1)
  })

  it('says a link is unknown, offering a reset, when the server gives no epoch for it (a board made before)', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ id: BOARD_ID, title: 'T', linkEpochs: { view: 0 } }))
    const find = renderModeratorShare()
    await settled(() => expect(find('share-link-edit-unknown')).not.toBeNull())
    expect(find('share-link-edit-unknown')?.textContent).toBe(
      'This browser does not know this link. Reset it to get a new one.',
    )
    expect(find('share-link-view')).not.toBeNull()
    expect(find('share-reset-edit')).not.toBeNull()
  })
})
