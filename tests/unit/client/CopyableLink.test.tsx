// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CopyableLink } from '../../../client/ui/CopyableLink.tsx'
import { renderInDom } from '../../helpers/renderInDom.tsx'
import { copyFromInput } from '../../../client/ui/copyText.ts'

const LINK = 'http://192.168.1.20:3000/b/abc#token=xyz'
/** Stubs the Clipboard API (or its absence, as on a plain-http page) and document.execCommand. */
function stubCopy(clipboard: { writeText: () => Promise<void> } | undefined, execCommand: () => boolean) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true })
  // jsdom has no execCommand at all.
  Object.defineProperty(document, 'execCommand', { value: vi.fn(execCommand), configurable: true })
  return document.execCommand as unknown as ReturnType<typeof vi.fn>
}

function makeInput() {
  const input = document.body.appendChild(document.createElement('input'))
  input.value = LINK
  return input
}

const selectedText = (input: HTMLInputElement) =>
  input.value.slice(input.selectionStart!, input.selectionEnd!)

afterEach(() => {
  document.body.replaceChildren()
})

describe('copyFromInput', () => {
  it('uses the Clipboard API when the page has it', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    const execCommand = stubCopy({ writeText }, () => true)
    expect(await copyFromInput(makeInput())).toBe('copied')
    expect(writeText).toHaveBeenCalledWith(LINK)
    expect(execCommand).not.toHaveBeenCalled()
  })

  it('selects the text and uses the copy command on a plain-http page without the Clipboard API', async () => {
    const execCommand = stubCopy(undefined, () => true)
    const input = makeInput()
    expect(await copyFromInput(input)).toBe('copied')
    expect(execCommand).toHaveBeenCalledWith('copy')
    expect(selectedText(input)).toBe(LINK)
  })

  it('falls back to the copy command when the Clipboard API refuses', async () => {
    const execCommand = stubCopy({ writeText: () => Promise.reject(new Error('denied')) }, () => true)
    expect(await copyFromInput(makeInput())).toBe('copied')
    expect(execCommand).toHaveBeenCalledWith('copy')
  })

  it('leaves the text selected for copying by hand when nothing can copy', async () => {
    stubCopy(undefined, () => {
      throw new Error('not supported')
    })
    const input = makeInput()
    expect(await copyFromInput(input)).toBe('manual')
    expect(document.activeElement).toBe(input)
    expect(selectedText(input)).toBe(LINK)
  })
})

describe('CopyableLink', () => {
  it('says Copied after a copy, and how to copy by hand when the browser would not', async () => {
    const { container } = renderInDom(<CopyableLink link={LINK} testId="link" copyTestId="copy" />)
    const button = container.querySelector<HTMLButtonElement>('[data-testid="copy"]')!
    stubCopy(undefined, () => true)
    await act(async () => button.click())
    expect(button.textContent).toBe('Copied')

    stubCopy(undefined, () => false)
    await act(async () => button.click())
    expect(container.querySelector('[data-testid="copy-manual"]')?.textContent).toBe(
      'Press Ctrl+C (⌘C) to copy',
    )
  })
})
