/** Checks a moderator's draft of the board title or motion before it goes into the document. */
import { LIMITS } from '../../shared/board/schema.ts'

/** The two moderator-only fields a person can rename in the header. */
export const MetaField = { Title: 'title', Motion: 'motion' } as const
export type MetaField = (typeof MetaField)[keyof typeof MetaField]

/** Why a draft cannot be saved; each is a key under `rename.` in the strings. */
export const DraftProblem = { Required: 'titleRequired', TooLong: 'tooLong' } as const
export type DraftProblem = (typeof DraftProblem)[keyof typeof DraftProblem]

export type DraftCheck = { ok: true; value: string } | { ok: false; problem: DraftProblem; max: number }

/** The most characters each field may hold once trimmed (the same limits the shared schema enforces). */
export const MAX_LENGTH: Record<MetaField, number> = {
  [MetaField.Title]: LIMITS.titleLength,
  [MetaField.Motion]: LIMITS.motionLength,
}

/** The trimmed draft when it can be saved, else why not: a title needs 1–200 characters, a motion ≤ 500. */
export function checkDraft(field: MetaField, draft: string): DraftCheck {
  const value = draft.trim()
  const max = MAX_LENGTH[field]
  if (field === MetaField.Title && value.length === 0)
    return { ok: false, problem: DraftProblem.Required, max }
  if (value.length > max) return { ok: false, problem: DraftProblem.TooLong, max }
  return { ok: true, value }
}
