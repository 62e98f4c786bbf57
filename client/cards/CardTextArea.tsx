/** A card's argument, edited in place by anyone at once: a textarea bound to the card's Y.Text. */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { getCardText } from '../../shared/board/accessors.ts'
import { setCardText } from '../../shared/board/mutators.ts'
import { LIMITS } from '../../shared/board/schema.ts'
import { useBoardCanvas } from '../canvas/BoardCanvasContext.ts'
import { useRefusalNote } from '../drafting/useRefusalNote.tsx'
import { transformIndex, type DeltaStep } from './textDelta.ts'
import { useComposition } from './useComposition.ts'
import { useYText } from './useYText.ts'

const FOCUS_ATTEMPTS = 30

interface CardTextAreaProps {
  cardId: string
  /** The document the card lives in, when not the board's: a drafts document. */
  doc?: Y.Doc
  /** Why this person cannot write in this card now (the debate's rules), if so: read-only, and said. */
  refusal?: string
}

export function CardTextArea({ cardId, doc: cardDoc, refusal }: CardTextAreaProps) {
  const { t } = useTranslation()
  const canvas = useBoardCanvas()
  const { focusCardId, onCardFocused } = canvas
  const doc = cardDoc ?? canvas.doc
  const readOnly = canvas.readOnly || refusal !== undefined
  const { controlProps, note } = useRefusalNote(canvas.readOnly ? undefined : refusal)
  const ytext = useMemo(() => getCardText(doc, cardId), [doc, cardId])
  const value = useYText(ytext)
  const { composing, setComposing, onCompositionStart, onCompositionEnd, isCommitEcho } =
    useComposition(ytext)
  const ref = useRef<HTMLTextAreaElement>(null)
  usePreservedSelection(ref, ytext, value)

  useEffect(() => {
    if (focusCardId !== cardId) return
    return focusWhenVisible(ref, () => onCardFocused(cardId))
  }, [focusCardId, cardId, onCardFocused])

  return (
    <>
      <textarea
        {...controlProps}
        // Read-only, not disabled: the text stays selectable and the reason reachable.
        aria-disabled={undefined}
        ref={ref}
        className="card-text nodrag nowheel"
        value={composing ?? value}
        readOnly={readOnly}
        maxLength={LIMITS.cardTextLength}
        placeholder={readOnly ? '' : t('card.textPlaceholder')}
        aria-label={t('card.textLabel')}
        rows={2}
        // Reached with Enter on its card (the canvas keeps one tab stop); Escape goes back to the card.
        tabIndex={-1}
        data-card-widget
        onCompositionStart={onCompositionStart}
        onCompositionEnd={onCompositionEnd}
        onChange={(event) => {
          if (composing !== null) setComposing(event.target.value)
          else if (!isCommitEcho(event.target.value)) setCardText(doc, cardId, event.target.value)
        }}
        data-testid="card-text"
      />
      {note}
    </>
  )
}

/**
 * Records where the caret should be after a change this textarea did not type (a remote edit, an
 * undo), so that the re-render does not throw it to the end of the text.
 */
function usePreservedSelection(
  ref: React.RefObject<HTMLTextAreaElement | null>,
  ytext: Y.Text | undefined,
  value: string,
) {
  const pendingRef = useRef<{ start: number; end: number } | null>(null)
  useEffect(() => {
    if (!ytext) return
    const onTextEvent = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      const element = ref.current
      if (!element || document.activeElement !== element) return
      if (transaction.local && transaction.origin === null) return
      const delta = event.delta as DeltaStep[]
      pendingRef.current = {
        start: transformIndex(element.selectionStart, delta),
        end: transformIndex(element.selectionEnd, delta),
      }
    }
    ytext.observe(onTextEvent)
    return () => ytext.unobserve(onTextEvent)
  }, [ytext, ref])
  useLayoutEffect(() => {
    const selection = pendingRef.current
    pendingRef.current = null
    if (selection && ref.current) ref.current.setSelectionRange(selection.start, selection.end)
  }, [value, ref])
}

/** Focuses the textarea once xyflow has measured and shown its node; returns a cancel function. */
function focusWhenVisible(ref: React.RefObject<HTMLTextAreaElement | null>, onFocused: () => void) {
  let attempts = 0
  let frame = 0
  const tryFocus = () => {
    const element = ref.current
    element?.focus({ preventScroll: true })
    if ((element && document.activeElement === element) || ++attempts > FOCUS_ATTEMPTS) {
      onFocused()
      return
    }
    frame = requestAnimationFrame(tryFocus)
  }
  tryFocus()
  return () => cancelAnimationFrame(frame)
}
