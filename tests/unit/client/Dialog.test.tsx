// @vitest-environment jsdom
import i18next from 'i18next'
import { act, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { en } from '../../../client/i18n/en.ts'
import { Dialog } from '../../../client/ui/Dialog.tsx'

globalThis.IS_REACT_ACT_ENVIRONMENT = true

const i18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
})

let root: Root | undefined

beforeAll(() => {
  // jsdom has no modal dialogs; this does what Chromium does that matters here, focus included.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '')
    this.querySelector<HTMLElement>('button')?.focus()
  }
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.removeAttribute('open')
  }
})

afterEach(() => {
  act(() => root?.unmount())
  document.body.replaceChildren()
})

/** An "Open" button that opens a dialog with two fields, the second marked to start in. */
function Page() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="opener">
        Open
      </button>
      {open && (
        <Dialog title="Test" onClose={() => setOpen(false)}>
          <input data-testid="first" />
          <input data-testid="wanted" data-autofocus />
        </Dialog>
      )}
    </>
  )
}

function renderPage() {
  const container = document.body.appendChild(document.createElement('div'))
  root = createRoot(container)
  act(() => root!.render(<I18nextProvider i18n={i18n}>{<Page />}</I18nextProvider>))
  return (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
}

describe('Dialog', () => {
  it('starts in the field marked data-autofocus, not on the close button', () => {
    const find = renderPage()
    find('opener')!.focus()
    act(() => find('opener')!.click())
    expect(document.activeElement).toBe(find('wanted'))
  })

  it('gives focus back to the button that opened it when it closes', () => {
    const find = renderPage()
    find('opener')!.focus()
    act(() => find('opener')!.click())
    act(() => document.querySelector<HTMLButtonElement>('[aria-label="Close"]')!.click())
    expect(find('wanted')).toBeNull()
    expect(document.activeElement).toBe(find('opener'))
  })
})
