// @vitest-environment jsdom
/** What the UI disables now, and how it says why: the tooltip, and the description a screen reader reads. */
import { act } from 'react'
import { ReactFlowProvider, type NodeProps } from '@xyflow/react'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { Role } from '../../../../shared/access.ts'
import { createCard } from '../../../../shared/board/mutators.ts'
import type { Card } from '../../../../shared/board/schema.ts'
import { Format } from '../../../../shared/debate/formats.ts'
import type { SessionState } from '../../../../shared/debate/session.ts'
import type { Seat } from '../../../../shared/protocol.ts'
import { BoardCanvasContext } from '../../../../client/canvas/BoardCanvasContext.ts'
import { CanvasToolbar } from '../../../../client/canvas/CanvasToolbar.tsx'
import type { CardFlowNode } from '../../../../client/canvas/toFlow.ts'
import { CardNode } from '../../../../client/cards/CardNode.tsx'
import { authorLabel } from '../../../../client/drafting/authorLabel.ts'
import { canvasRules } from '../../../../client/drafting/canvasRules.ts'
import { DraftingCanvasContext } from '../../../../client/drafting/DraftingContext.ts'
import { RefusedAddArticle } from '../../../../client/drafting/RefusedAddArticle.tsx'
import { SelectionToolbar } from '../../../../client/reader/SelectionToolbar.tsx'
import { createUndoManager } from '../../../../client/sync/undo.ts'
import { registerCleanup } from '../../../helpers/cleanup.ts'
import { renderInDom } from '../../../helpers/renderInDom.tsx'
import { seatOf, sessionIn } from './seats.ts'

/** The sentence that describes `element` to a screen reader. */
function descriptionOf(element: Element): string | undefined {
  const id = element.getAttribute('aria-describedby')
  return id ? (document.getElementById(id)?.textContent ?? undefined) : undefined
}

describe('the selection toolbar under the phase’s rules', () => {
  it('keeps a refused stance in view, off, saying why, and does nothing when pressed', () => {
    const onChoose = vi.fn()
    const reason = 'Only bear cards can be made in this phase.'
    const { find } = renderInDom(
      <SelectionToolbar top={0} left={0} tooLong={false} onChoose={onChoose} refusals={{ bull: reason }} />,
    )
    const bull = find('selection-bull')!
    expect(bull.getAttribute('aria-disabled')).toBe('true')
    expect(bull.title).toBe(reason)
    expect(descriptionOf(bull)).toBe(reason)
    act(() => bull.click())
    expect(onChoose).not.toHaveBeenCalled()
    const bear = find('selection-bear')!
    expect(bear.getAttribute('aria-disabled')).toBeNull()
    expect(descriptionOf(bear)).toBeUndefined()
    act(() => bear.click())
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('bear')
  })

  it('does not offer the other side when the rules fix the participant’s', () => {
    const { find } = renderInDom(
      <SelectionToolbar top={0} left={0} tooLong={false} onChoose={() => {}} hidden={['bear']} />,
    )
    expect(find('selection-bear')).toBeNull()
    expect(find('selection-bull')).not.toBeNull()
  })
})

describe('buttons the phase refuses', () => {
  it('“Add article” stays in view and says why', () => {
    // jsdom has no media queries: a wide screen.
    vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }))
    registerCleanup(() => vi.unstubAllGlobals())
    const reason = 'Articles cannot be added in this phase.'
    const { find } = renderInDom(<RefusedAddArticle reason={reason} />)
    const button = find('add-article')!
    expect([button.getAttribute('aria-disabled'), button.title, descriptionOf(button)]).toEqual([
      'true',
      reason,
      reason,
    ])
  })

  it('“Delete selected” says why when nothing selected may be removed', () => {
    const reason = 'Only its author or the moderator can remove this card.'
    const { find } = renderInDom(
      <CanvasToolbar
        undoManager={createUndoManager(new Y.Doc())}
        readOnly={false}
        canDelete={false}
        deleteRefusal={reason}
        onDelete={() => {}}
      />,
    )
    const button = find<HTMLButtonElement>('delete-selected')!
    expect([button.disabled, button.title, descriptionOf(button)]).toEqual([true, reason, reason])
  })
})

/** A card on the canvas as `seat` sees it in `session`; `draft` puts it in the drafts shown. */
function renderCard(
  card: Card,
  seat: Seat,
  session: SessionState,
  options: { draft?: boolean; names?: Map<string, string> } = {},
) {
  const doc = new Y.Doc()
  createCard(doc, { ...card, text: 'An argument' }, { id: card.id })
  const drafts = options.draft ?? false
  const rules = canvasRules({ session, seat, name: 'Ada', drafts })
  const context = { anonymous: session.anonymous, selfAuthorId: seat.authorId, rosterNames: options.names }
  const canvas = {
    doc,
    readOnly: false,
    focusCardId: undefined,
    onCardFocused() {},
    onQuoteClick() {},
    onLinkClick() {},
  }
  const props = { id: card.id, data: { card, sourceTitle: undefined, draft: drafts }, selected: false }
  return renderInDom(
    <ReactFlowProvider>
      <BoardCanvasContext.Provider value={canvas}>
        <DraftingCanvasContext.Provider
          value={{ rules, draftsDoc: drafts ? doc : undefined, authorOf: (c) => authorLabel(c, context) }}
        >
          <CardNode {...(props as NodeProps<CardFlowNode>)} />
        </DraftingCanvasContext.Provider>
      </BoardCanvasContext.Provider>
    </ReactFlowProvider>,
  ).find
}

const bull = seatOf(Role.Bull)
const bear = seatOf(Role.Bear)
const openings = sessionIn(Format.Classroom, 'openings')
const bullsCard: Card = {
  id: 'c1',
  stance: 'bull',
  text: 'An argument',
  x: 0,
  y: 0,
  team: 'bull',
  authorId: bull.authorId,
  authorName: 'Ada',
  phaseId: 'openings',
  createdAt: 1,
}

describe('a card under the phase’s rules', () => {
  it.each<[string, Seat, SessionState, string | undefined]>([
    ['its author writes in it', bull, openings, undefined],
    [
      'another team’s member reads it, told why',
      bear,
      openings,
      'Only its author or the moderator can change this card.',
    ],
    [
      'nobody rewrites an opening in Rebuttal',
      bull,
      sessionIn(Format.Classroom, 'rebuttal'),
      'Only cards made in this phase can be changed now: add a rebuttal instead.',
    ],
    ['the moderator writes in anyone’s', seatOf(Role.Moderate), openings, undefined],
  ])('%s', (_case, seat, session, reason) => {
    const find = renderCard(bullsCard, seat, session)
    const text = find<HTMLTextAreaElement>('card-text')!
    expect(text.readOnly).toBe(reason !== undefined)
    expect(descriptionOf(text)).toBe(reason)
  })

  it('in private drafts is dashed, marked “Private draft”, and its team writes in it', () => {
    const find = renderCard(
      { ...bullsCard, phaseId: 'prepare' },
      bull,
      sessionIn(Format.Classroom, 'prepare'),
      { draft: true },
    )
    const card = find('card')!
    expect(card.classList).toContain('card-draft')
    expect(card.dataset.draft).toBe('true')
    expect(find('draft-badge')?.textContent).toContain('Private draft')
    expect(find<HTMLTextAreaElement>('card-text')!.readOnly).toBe(false)
  })

  it('on the board under a private phase is not marked as a draft, and is read-only', () => {
    const find = renderCard(bullsCard, bull, sessionIn(Format.Classroom, 'prepare'), { draft: false })
    expect(find('draft-badge')).toBeNull()
    expect(descriptionOf(find('card-text')!)).toBe(
      'This is a private phase: draft with your team until the reveal.',
    )
  })
})

describe('a card’s author line', () => {
  const anonymous = sessionIn(Format.Classroom, 'openings', { anonymous: true })
  const nameless = { ...bullsCard, authorName: '' }

  it.each<[string, Seat, SessionState, Card, Map<string, string> | undefined, string]>([
    ['names the author on an open board', bear, openings, bullsCard, undefined, 'by Ada'],
    ['names the team to a peer on an anonymous board', bear, anonymous, nameless, undefined, 'Bull team'],
    ['says “by you” to its author on an anonymous board', bull, anonymous, nameless, undefined, 'by you'],
    [
      'names the author to the moderator, from the roster',
      seatOf(Role.Moderate),
      anonymous,
      nameless,
      new Map([[bull.authorId, 'Ada']]),
      'by Ada',
    ],
  ])('%s', (_case, seat, session, card, names, expected) => {
    const find = renderCard(card, seat, session, { names })
    expect(find('card-author')?.textContent).toBe(expected)
    expect(find('card')!.getAttribute('aria-label')).toContain(expected.replace(/^by /, ''))
  })

  it('marks the name only the moderator sees', () => {
    const names = new Map([[bull.authorId, 'Ada']])
    const find = renderCard(
      { ...bullsCard, authorName: '' },
      seatOf(Role.Moderate),
      sessionIn(Format.Classroom, 'openings', { anonymous: true }),
      { names },
    )
    expect(find('card-author')!.title).toBe('Only the moderator sees this name: the board is anonymous.')
  })
})
