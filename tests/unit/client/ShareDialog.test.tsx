// @vitest-environment jsdom
import i18next from 'i18next'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Role } from '../../../shared/access.ts'
import { en } from '../../../client/i18n/en.ts'
import { ShareDialog } from '../../../client/board/ShareDialog.tsx'

globalThis.IS_REACT_ACT_ENVIRONMENT = true

const BOARD_ID = 'board-1'
const EDIT_LINK = 'http://192.168.1.20:3000/b/board-1#token=edit'
const i18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false },
})

let root: Root | undefined

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
  act(() => root?.unmount())
  document.body.replaceChildren()
  sessionStorage.clear()
})

function renderModeratorShare() {
  const container = document.body.appendChild(document.createElement('div'))
  root = createRoot(container)
  act(() =>
    root!.render(
      <I18nextProvider i18n={i18n}>
        <ShareDialog boardId={BOARD_ID} role={Role.Moderate} token="moderator-token" onClose={() => {}} />
      </I18nextProvider>,
    ),
  )
  return (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
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
