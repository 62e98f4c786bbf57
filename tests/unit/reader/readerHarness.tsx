/** Renders the real ReaderPane into jsdom for the reader tests, with its i18n namespace and demo sources. */
import { existsSync, readFileSync } from 'node:fs'
import i18next from 'i18next'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { makeExcerpt } from '../../../shared/board/excerpt.ts'
import type { Card, Source, Stance } from '../../../shared/board/schema.ts'
import { ReaderPane, type ReaderPaneProps } from '../../../client/reader/ReaderPane.tsx'
import { readerStrings } from '../../../client/reader/strings.ts'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true

/** The demo article's exact text: bundled under server/demo/articles once the server ships it. */
export function readDemoArticle(file: string): string {
  const bundled = new URL(`../../../server/demo/articles/${file}`, import.meta.url)
  const path = existsSync(bundled) ? bundled : `/work/shared/articles/${file}`
  return readFileSync(path, 'utf8')
}

export function makeSource(id: string, language: string, text: string, title = id): Source {
  return { id, title, language, text, addedBy: 'tester', sha256: '', addedAt: 0 }
}

/** A card quoting the first occurrence of `quote` in the source; fails loudly when it is not there. */
export function makeQuotingCard(id: string, stance: Stance, source: Source, quote: string, text = ''): Card {
  const start = source.text.indexOf(quote)
  if (start === -1) throw new Error(`quote not in source: ${quote}`)
  return {
    id,
    stance,
    text,
    x: 0,
    y: 0,
    excerpt: makeExcerpt(source.id, source.text, start, start + quote.length),
    authorId: `author-${id}`,
    authorName: `Author ${id}`,
    createdAt: 0,
  }
}

const i18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  lng: 'en',
  ns: ['reader'],
  resources: { en: { reader: readerStrings.en } },
  initAsync: false,
  interpolation: { escapeValue: false },
})

export interface RenderedReader {
  container: HTMLElement
  rerender(props: Partial<ReaderPaneProps>): void
  unmount(): void
}

/** Mounts a ReaderPane with no-op callbacks unless given; each test unmounts what it mounts. */
export function renderReader(overrides: Partial<ReaderPaneProps>): RenderedReader {
  const container = document.createElement('div')
  document.body.append(container)
  const root: Root = createRoot(container)
  let props: ReaderPaneProps = {
    sources: [],
    cards: [],
    activeSourceId: undefined,
    onActiveSourceChange: () => {},
    onCreateCard: () => {},
    onHighlightActivate: () => {},
    readOnly: false,
    ...overrides,
  }
  const draw = () =>
    act(() =>
      root.render(
        <I18nextProvider i18n={i18n} defaultNS="reader">
          <ReaderPane {...props} />
        </I18nextProvider>,
      ),
    )
  draw()
  return {
    container,
    rerender(next) {
      props = { ...props, ...next }
      draw()
    },
    unmount() {
      act(() => root.unmount())
      container.remove()
    },
  }
}

/** The article element of a rendered reader. */
export function getArticle(container: HTMLElement): HTMLElement {
  const article = container.querySelector<HTMLElement>('[data-testid="reader-article"]')
  if (!article) throw new Error('no article rendered')
  return article
}

/**
 * The DOM point just before (or after) `needle`, found by scanning the rendered text nodes — independently
 * of the data-offset mapping under test. The needle must sit inside a single text node.
 */
export function pointAt(
  root: Node,
  needle: string,
  side: 'before' | 'after',
): { node: Text; offset: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(needle)
    if (at !== -1) return { node: node as Text, offset: side === 'before' ? at : at + needle.length }
  }
  throw new Error(`no single text node holds: ${needle}`)
}

/** Puts a range in the document selection, awaiting each `selectionchange` jsdom fires (asynchronously). */
export async function selectRange(range: Range): Promise<void> {
  const selection = document.getSelection()
  if (!selection) throw new Error('jsdom has no selection')
  if (selection.rangeCount > 0) await changeSelection(() => selection.removeAllRanges())
  await changeSelection(() => selection.addRange(range))
}

/** Runs a change to the document selection and waits for the `selectionchange` it causes. */
export async function changeSelection(change: () => void): Promise<void> {
  await act(async () => {
    const fired = new Promise((resolve) =>
      document.addEventListener('selectionchange', resolve, { once: true }),
    )
    change()
    await fired
  })
}
