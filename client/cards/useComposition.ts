/**
 * Input-method composition (pinyin, zhuyin…) in a card's textarea. The unfinished text stays local,
 * so others see 中 and never the "zhong" typed on the way; the committed characters then go in at the
 * composition's place, anchored in the Y.Text, so what others typed meanwhile is kept.
 */
import { useRef, useState, type CompositionEvent } from 'react'
import * as Y from 'yjs'
import { LIMITS } from '../../shared/board/schema.ts'

interface PendingComposition {
  /** The textarea's value and selection when composing began. */
  before: string
  selectionStart: number
  selectionEnd: number
  /** Where the selection was in the shared text, wherever others' typing moves it since. */
  start: Y.RelativePosition
  end: Y.RelativePosition
}

/** Local composition state for a textarea bound to `ytext`; `composing` is the text to show meanwhile. */
export function useComposition(ytext: Y.Text | undefined) {
  const [composing, setComposing] = useState<string | null>(null)
  const pending = useRef<PendingComposition | null>(null)
  const committedValue = useRef<string | null>(null)

  const onCompositionStart = (event: CompositionEvent<HTMLTextAreaElement>) => {
    const { value, selectionStart, selectionEnd } = event.currentTarget
    setComposing(value)
    if (!ytext) return
    pending.current = {
      before: value,
      selectionStart,
      selectionEnd,
      start: Y.createRelativePositionFromTypeIndex(ytext, selectionStart),
      end: Y.createRelativePositionFromTypeIndex(ytext, selectionEnd),
    }
  }

  const onCompositionEnd = (event: CompositionEvent<HTMLTextAreaElement>) => {
    const composition = pending.current
    pending.current = null
    setComposing(null)
    committedValue.current = event.currentTarget.value
    if (ytext && composition) commitComposition(ytext, composition, event.currentTarget.value)
  }

  /**
   * Whether a change event only repeats the value just committed (Firefox sends one after
   * compositionend): diffing it against the shared text would undo what others typed meanwhile.
   */
  const isCommitEcho = (value: string) => {
    const echo = committedValue.current === value
    committedValue.current = null
    return echo
  }

  return { composing, setComposing, onCompositionStart, onCompositionEnd, isCommitEcho }
}

/** Replaces the composition's range in the shared text by what the input method committed. */
function commitComposition(ytext: Y.Text, composition: PendingComposition, after: string) {
  const doc = ytext.doc
  if (!doc) return
  const tailLength = composition.before.length - composition.selectionEnd
  const committed = after.slice(composition.selectionStart, after.length - tailLength)
  const start = Y.createAbsolutePositionFromRelativePosition(composition.start, doc)?.index
  const end = Y.createAbsolutePositionFromRelativePosition(composition.end, doc)?.index
  if (start === undefined || end === undefined) return
  const replaced = Math.max(0, end - start)
  const room = LIMITS.cardTextLength - (ytext.length - replaced)
  const text = committed.slice(0, Math.max(0, room))
  doc.transact(() => {
    // Insert before deleting: Yjs would place the insert after the deleted neighbours otherwise.
    if (text) ytext.insert(start, text)
    if (replaced > 0) ytext.delete(start + text.length, replaced)
  })
}
