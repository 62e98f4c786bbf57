// @vitest-environment jsdom
import { act, useState } from 'react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Dialog } from '../../../client/ui/Dialog.tsx'
import { renderInDom } from '../../helpers/renderInDom.tsx'
import { stubModalDialogs } from '../../helpers/modalDialogs.ts'

beforeAll(stubModalDialogs)

afterEach(() => {
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
  return renderInDom(<Page />).find
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
