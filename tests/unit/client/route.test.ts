import { describe, expect, it } from 'vitest'
import { parseRoute, toBoardPath, toInAppPath } from '../../../client/ui/route.ts'

describe('parseRoute', () => {
  it.each([
    ['/', '', { page: 'landing' }],
    ['/b/demo', '', { page: 'board', boardId: 'demo', token: undefined }],
    ['/b/abc-123/', '#token=s3cret', { page: 'board', boardId: 'abc-123', token: 's3cret' }],
    ['/b/abc', '#token=', { page: 'board', boardId: 'abc', token: undefined }],
    ['/b/', '', { page: 'landing' }],
    ['/b/a/b', '', { page: 'landing' }],
  ])('reads %s%s', (pathname, hash, expected) => {
    expect(parseRoute(pathname, hash)).toEqual(expected)
  })
})

describe('toInAppPath', () => {
  it('keeps the path and fragment of a link to this origin and refuses other origins', () => {
    expect(toInAppPath('http://host:3000/b/x#token=t', 'http://host:3000')).toBe('/b/x#token=t')
    expect(toInAppPath('/b/demo', 'http://host:3000')).toBe('/b/demo')
    expect(toInAppPath('http://other/b/x', 'http://host:3000')).toBeNull()
  })
})

describe('toBoardPath', () => {
  it('keeps only the path and fragment of a board link', () => {
    expect(toBoardPath('http://127.0.0.1:3000/b/x#token=t')).toBe('/b/x#token=t')
    expect(toBoardPath('/b/demo')).toBe('/b/demo')
  })
})
