/** What the add-article form holds, and its check against the board's own schema before saving. */
import type { z } from '../../shared/zod.ts'
import { LIMITS, sourceInputSchema } from '../../shared/board/schema.ts'
import { exceedsUpdateCap, MAX_ARTICLE_BYTES, utf8ByteLength } from './articleSize.ts'
import type { SourcesStringKey } from './strings.ts'

/** The form's fields as typed; `language` is the tag finally chosen. */
export interface ArticleDraft {
  title: string
  language: string
  url: string
  text: string
}
export type ArticleField = keyof ArticleDraft

/** An article ready for `addSource`, short of who adds it. */
export type ArticleInput = Omit<z.output<typeof sourceInputSchema>, 'addedBy'>

/** A message to show by a field: a key of the `sources` namespace and its values. */
export interface FieldProblem {
  key: SourcesStringKey
  values?: Record<string, string | number>
}
export type ArticleProblems = Partial<Record<ArticleField, FieldProblem>>

export type ArticleCheck = { ok: true; input: ArticleInput } | { ok: false; problems: ArticleProblems }

const articleInputSchema = sourceInputSchema.omit({ addedBy: true })
const FIELDS: readonly ArticleField[] = ['title', 'language', 'url', 'text']
const MiB = 1024 * 1024

/** Checks a draft with the shared schema, plus what the server would refuse: a text too large to send. */
export function checkArticle(draft: ArticleDraft, maxBytes = MAX_ARTICLE_BYTES): ArticleCheck {
  // The text is passed on untouched: excerpt offsets are computed against exactly these characters.
  const parsed = articleInputSchema.safeParse({ ...draft, url: draft.url.trim() || undefined })
  const problems: ArticleProblems = {}
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0]
    if (isField(field)) problems[field] ??= describeIssue(field, issue.code, draft)
  }
  const textSize = problems.text ? undefined : checkTextSize(draft.text, maxBytes)
  if (textSize) problems.text = textSize
  if (parsed.success && Object.keys(problems).length === 0) return { ok: true, input: parsed.data }
  return { ok: false, problems }
}

/** The problems worth showing while the person is still typing: only a text over a limit. */
export function problemsWhileTyping(problems: ArticleProblems): ArticleProblems {
  const over = problems.text?.key === 'textTooLong' || problems.text?.key === 'textTooLarge'
  return over ? { text: problems.text } : {}
}

/** A size in MiB rounded to hundredths, for messages. */
export function toMiB(bytes: number): number {
  return Math.round((bytes / MiB) * 100) / 100
}

function describeIssue(field: ArticleField, code: string, draft: ArticleDraft): FieldProblem {
  switch (field) {
    case 'title':
      return code === 'too_big'
        ? { key: 'titleTooLong', values: { max: LIMITS.titleLength } }
        : { key: 'titleRequired' }
    case 'language':
      return { key: 'languageInvalid' }
    case 'url':
      return { key: 'urlInvalid' }
    case 'text':
      return code === 'too_big'
        ? { key: 'textTooLong', values: { count: draft.text.length, max: LIMITS.sourceTextLength } }
        : { key: 'textRequired' }
  }
}

function checkTextSize(text: string, maxBytes: number): FieldProblem | undefined {
  if (text.length > 0 && !/\S/.test(text)) return { key: 'textBlank' }
  if (!exceedsUpdateCap(text, maxBytes)) return undefined
  return { key: 'textTooLarge', values: { size: toMiB(utf8ByteLength(text)), max: toMiB(maxBytes) } }
}

function isField(key: unknown): key is ArticleField {
  return typeof key === 'string' && (FIELDS as readonly string[]).includes(key)
}
