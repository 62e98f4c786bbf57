// @vitest-environment jsdom
/** The decision dialog and banner (DC6) as components: what the moderator sends, what everyone reads. */
import { act } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Card } from '../../../shared/board/schema.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { DecisionDialog } from '../../../client/decision/DecisionDialog.tsx'
import { renderInDom } from '../../helpers/renderInDom.tsx'
import { stubModalDialogs } from '../../helpers/modalDialogs.ts'

beforeAll(stubModalDialogs)
afterEach(() => document.body.replaceChildren())

const card = (id: string, stance: Card['stance'], text: string): Card => ({
  id,
  stance,
  text,
  x: 0,
  y: 0,
  authorId: 'a',
  authorName: '',
  createdAt: 1,
})
const CARDS = [card('c1', 'bull', 'Margins hold'), card('c2', 'bear', 'Churn is rising')]

function click(element: Element | null) {
  act(() => (element as HTMLElement).click())
}

describe('decision dialog', () => {
  it('[DC6] a committee moderator picks invest, writes a rationale and cites a card; the action sent says so', async () => {
    const facilitate = vi.fn(async () => {})
    const onClose = vi.fn()
    const { container, find } = renderInDom(
      <DecisionDialog
        session={{ format: Format.Committee, decision: null }}
        cards={CARDS}
        facilitate={facilitate}
        onClose={onClose}
      />,
    )
    const outcomes = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map(
      (r) => r.value,
    )
    expect(outcomes).toEqual(['invest', 'pass', 'revisit'])
    expect(find<HTMLButtonElement>('decision-record')!.disabled).toBe(true)
    click(find('decision-outcome-invest'))
    const rationale = find<HTMLTextAreaElement>('decision-rationale')!
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
        rationale,
        '  Margins hold.  ',
      )
      rationale.dispatchEvent(new Event('input', { bubbles: true }))
    })
    click(container.querySelector('[data-testid="decision-cite"][data-card-id="c1"]'))
    await act(async () => find<HTMLButtonElement>('decision-record')!.click())
    expect(facilitate).toHaveBeenCalledWith({
      type: 'decide',
      outcome: 'invest',
      rationale: 'Margins hold.',
      cardIds: ['c1'],
    })
    expect(onClose).toHaveBeenCalled()
  })

  it('[DC6] a classroom decides a motion, and a recorded decision can be taken back', async () => {
    const facilitate = vi.fn(async () => {})
    const decision = { outcome: 'carried' as const, rationale: 'Bull won.', cardIds: ['c2'], decidedAt: 1 }
    const { container, find } = renderInDom(
      <DecisionDialog
        session={{ format: Format.Classroom, decision }}
        cards={CARDS}
        facilitate={facilitate}
        onClose={() => {}}
      />,
    )
    const outcomes = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
    expect(outcomes.map((r) => [r.value, r.checked])).toEqual([
      ['carried', true],
      ['defeated', false],
    ])
    expect(container.querySelector<HTMLInputElement>('[data-card-id="c2"]')!.checked).toBe(true)
    await act(async () => find<HTMLButtonElement>('decision-clear')!.click())
    expect(facilitate).toHaveBeenCalledWith({ type: 'clear-decision' })
  })
})
