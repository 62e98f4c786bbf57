// @vitest-environment jsdom
/** One card that cannot be shown becomes a small error card; the rest of the board renders. */
import { ReactFlowProvider, type NodeProps } from '@xyflow/react'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { Card } from '../../../shared/board/schema.ts'
import { BoardCanvasContext } from '../../../client/canvas/BoardCanvasContext.ts'
import type { CardFlowNode } from '../../../client/canvas/toFlow.ts'
import { CardNode } from '../../../client/cards/CardNode.tsx'
import { ErrorBoundary } from '../../../client/ui/ErrorBoundary.tsx'
import { registerCleanup } from '../../helpers/cleanup.ts'
import { renderInDom } from '../../helpers/renderInDom.tsx'

const CARD: Card = {
  id: 'c1',
  stance: 'bull',
  text: 'An argument',
  x: 0,
  y: 0,
  authorId: 'a',
  authorName: 'Ada',
  createdAt: 1,
}

function nodeProps(card: Card): NodeProps<CardFlowNode> {
  return { id: card.id, data: { card, sourceTitle: undefined }, selected: false } as NodeProps<CardFlowNode>
}

function Throws(): never {
  throw new Error('cannot render')
}

/** React reports errors a boundary caught on console.error; they are expected here. */
function quietReactErrors() {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
  registerCleanup(() => spy.mockRestore())
}

describe('error boundaries around cards', () => {
  it('[AC33] shows the fallback in place of a child that throws, and its siblings still render', () => {
    quietReactErrors()
    const { find } = renderInDom(
      <>
        <ErrorBoundary fallback={<p data-testid="fallback" />} resetKey={1}>
          <Throws />
        </ErrorBoundary>
        <p data-testid="sibling" />
      </>,
    )
    expect(find('fallback')).not.toBeNull()
    expect(find('sibling')).not.toBeNull()
  })

  it('[AC33] a card that throws while rendering shows as the error card', () => {
    quietReactErrors()
    // No BoardCanvasContext: the card's own render throws, as a bug in it would.
    const { find } = renderInDom(
      <ReactFlowProvider>
        <CardNode {...nodeProps(CARD)} />
      </ReactFlowProvider>,
    )
    expect(find('card')).toBeNull()
    expect(find('card-unreadable')?.textContent).toContain('This card could not be shown.')
  })

  it('[AC33] a card marked unreadable shows as the error card, and a readable one as a card', () => {
    const context = {
      doc: new Y.Doc(),
      readOnly: false,
      focusCardId: undefined,
      onCardFocused: () => {},
      onQuoteClick: () => {},
      onLinkClick: () => {},
    }
    const { container } = renderInDom(
      <ReactFlowProvider>
        <BoardCanvasContext.Provider value={context}>
          <CardNode {...nodeProps(CARD)} />
          <CardNode {...nodeProps({ ...CARD, id: 'c2', unreadable: true })} />
        </BoardCanvasContext.Provider>
      </ReactFlowProvider>,
    )
    const shown = (testId: string) =>
      [...container.querySelectorAll(`[data-testid="${testId}"]`)].map((node) =>
        node.getAttribute('data-card-id'),
      )
    expect(shown('card')).toEqual(['c1'])
    expect(shown('card-unreadable')).toEqual(['c2'])
  })
})
