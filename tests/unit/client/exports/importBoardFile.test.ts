import { describe, expect, it } from 'vitest'
import { IMPORT_BODY_LIMIT_BYTES } from '../../../../shared/exports/boardExport.ts'
import { ImportFileError, parseBoardFile } from '../../../../client/exports/importBoardFile.ts'

describe('XM7 a board file is read before it is sent', () => {
  it.each([
    ['JSON passes as it is', '{"version":1}', 13, { version: 1 }],
    ['any JSON value passes: the server says which field is wrong', '[1]', 3, [1]],
  ])('%s', (_, text, size, value) => {
    expect(parseBoardFile(text, size)).toEqual(value)
  })

  it.each([
    ['a file that is not JSON', 'hello', 5, 'notJson'],
    ['an empty file', '', 0, 'notJson'],
    ['a file larger than the server takes', '{}', IMPORT_BODY_LIMIT_BYTES + 1, 'tooLarge'],
  ])('refuses %s', (_, text, size, problem) => {
    expect(() => parseBoardFile(text, size)).toThrow(ImportFileError)
    try {
      parseBoardFile(text, size)
    } catch (error) {
      expect((error as ImportFileError).problem).toBe(problem)
    }
  })
})
