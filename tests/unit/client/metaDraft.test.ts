import { describe, expect, it } from 'vitest'
import { checkDraft, DraftProblem, MetaField } from '../../../client/board/metaDraft.ts'

describe('checkDraft', () => {
  it.each([
    [MetaField.Title, '  Cars out  ', { ok: true, value: 'Cars out' }],
    [MetaField.Title, 'x'.repeat(200), { ok: true, value: 'x'.repeat(200) }],
    [MetaField.Title, '', { ok: false, problem: DraftProblem.Required, max: 200 }],
    [MetaField.Title, '   ', { ok: false, problem: DraftProblem.Required, max: 200 }],
    [MetaField.Title, 'x'.repeat(201), { ok: false, problem: DraftProblem.TooLong, max: 200 }],
    [MetaField.Motion, '', { ok: true, value: '' }],
    [MetaField.Motion, ` ${'m'.repeat(500)} `, { ok: true, value: 'm'.repeat(500) }],
    [MetaField.Motion, 'm'.repeat(501), { ok: false, problem: DraftProblem.TooLong, max: 500 }],
  ])('judges a %s of %j', (field, draft, expected) => {
    expect(checkDraft(field, draft)).toEqual(expected)
  })
})
