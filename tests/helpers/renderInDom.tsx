/** Component tests: React rendered into jsdom with the app's English strings (every namespace), unmounted after the test. */
import i18next from 'i18next'
import { act, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { en } from '../../client/i18n/en.ts'
import { debateStrings } from '../../client/debate/strings.ts'
import { draftingStrings } from '../../client/drafting/strings.ts'
import { followStrings } from '../../client/follow/strings.ts'
import { groupsStrings } from '../../client/groups/strings.ts'
import { readerStrings } from '../../client/reader/strings.ts'
import { sourcesStrings } from '../../client/sources/strings.ts'
import { decisionStrings } from '../../client/decision/strings.ts'
import { votingStrings } from '../../client/voting/strings.ts'
import { registerCleanup } from './cleanup.ts'

// Tells React that these renders run inside act(), as its test utilities expect.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const i18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  lng: 'en',
  resources: {
    en: {
      translation: en,
      reader: readerStrings.en,
      sources: sourcesStrings.en,
      debate: debateStrings.en,
      follow: followStrings.en,
      drafting: draftingStrings.en,
      groups: groupsStrings.en,
      decision: decisionStrings.en,
      voting: votingStrings.en,
    },
  },
  initAsync: false,
  // As in the app: React escapes what it renders.
  interpolation: { escapeValue: false },
})

export interface Rendered {
  container: HTMLElement
  /** The element with this data-testid inside the rendered tree, or null. */
  find<T extends HTMLElement = HTMLElement>(testId: string): T | null
}

/** Renders `node` in a fresh container attached to the document. */
export function renderInDom(node: ReactNode): Rendered {
  const container = document.body.appendChild(document.createElement('div'))
  const root = createRoot(container)
  act(() => root.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>))
  registerCleanup(() => {
    act(() => root.unmount())
    container.remove()
  })
  return { container, find: (testId) => container.querySelector(`[data-testid="${testId}"]`) }
}

/** Types into a controlled input as a person would: React only hears the native value setter. */
export function typeInto(input: HTMLInputElement, text: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  act(() => {
    setValue.call(input, text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}
