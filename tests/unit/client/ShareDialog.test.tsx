// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Role } from '../../../shared/access.ts'
import { ShareDialog } from '../../../client/board/ShareDialog.tsx'
import { renderInDom } from '../../helpers/renderInDom.tsx'

const BOARD_ID = 'board-1'
const EDIT_LINK = 'http://192.168.1.20:3000/b/board-1#token=edit'
beforeAll(() => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})

afterEach(() => {
  document.body.replaceChildren()
  sessionStorage.clear()
})

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
})
