/** Which storage failures become STORAGE_FULL, whatever store raised them. */
import { describe, expect, it } from 'vitest'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import { isStorageFull, storageFailure } from '../../../server/storage/storageErrors.ts'
import { toHttpError } from '../../../server/http/httpErrors.ts'

const withCode = (code: unknown) => Object.assign(new Error('store failed'), { code })

describe('storage errors', () => {
  it.each([
    ['SQLite SQLITE_FULL', withCode('SQLITE_FULL'), true],
    ['PostgreSQL 53100 disk_full', withCode('53100'), true],
    ['a file write with ENOSPC', withCode('ENOSPC'), true],
    ['a STORAGE_FULL BoardError', new BoardError(ErrorCode.StorageFull, 'full'), true],
    ['SQLite SQLITE_BUSY', withCode('SQLITE_BUSY'), false],
    ['a code that is a number', withCode(53100), false],
    ['a plain Error', new Error('x'), false],
    ['null', null, false],
    ['a string', 'SQLITE_FULL', false],
  ])('%s is storage full: %s', (_name, error, full) => {
    expect(isStorageFull(error)).toBe(full)
    expect(storageFailure(error)?.code).toBe(full ? ErrorCode.StorageFull : undefined)
  })

  it('answers a full store over HTTP with 503 STORAGE_FULL and a Retry-After', () => {
    const { status, body, headers } = toHttpError(withCode('SQLITE_FULL'))
    expect(status).toBe(503)
    expect(body.error.code).toBe(ErrorCode.StorageFull)
    expect(Number(headers?.['Retry-After'])).toBeGreaterThan(0)
  })

  it('answers any other store failure with 500 INTERNAL, without its message', () => {
    const { status, body } = toHttpError(withCode('SQLITE_CORRUPT'))
    expect(status).toBe(500)
    expect(body.error).toEqual({ code: ErrorCode.Internal, message: expect.not.stringMatching(/store/) })
  })
})
