/**
 * Reading an article's stored formatting (blocks) and pages. Any client that may add an article can
 * write them, so what is read is checked: a list the schema refuses is dropped whole, and a span
 * that does not lie inside the text is dropped alone. Each stored list is checked once per text length.
 */
import { pageSpansSchema, textBlocksSchema, type PageSpan, type TextBlock } from './schema.ts'

type Span = { start: number; end: number }

// Keyed by the stored array itself: Yjs hands back the same object for as long as the value stays.
const checked = new WeakMap<object, { length: number; spans: readonly Span[] | undefined }>()

function readSpans<T extends Span>(
  value: unknown,
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T[] } },
  textLength: number,
): T[] | undefined {
  if (!Array.isArray(value)) return undefined
  const cached = checked.get(value)
  if (cached && cached.length === textLength) return cached.spans as T[] | undefined
  const parsed = schema.safeParse(value)
  const spans = parsed.success
    ? parsed.data!.filter((span) => span.start <= span.end && span.end <= textLength)
    : undefined
  checked.set(value, { length: textLength, spans })
  return spans
}

/** The blocks stored for an article whose text has `textLength` characters, those inside the text only. */
export function readBlocks(value: unknown, textLength: number): TextBlock[] | undefined {
  return readSpans<TextBlock>(value, textBlocksSchema, textLength)
}

/** The pages stored for an article whose text has `textLength` characters, those inside the text only. */
export function readPages(value: unknown, textLength: number): PageSpan[] | undefined {
  return readSpans<PageSpan>(value, pageSpansSchema, textLength)
}
