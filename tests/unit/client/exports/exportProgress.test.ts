import { describe, expect, it } from 'vitest'
import { fractionOf, progressLineOf, type ExportState } from '../../../../client/exports/exportProgress.ts'

const name = (kind: string) => `<${kind}>`

describe('XM3 export progress', () => {
  it.each<[string, ExportState, { key: string; values: Record<string, string> }[]]>([
    ['idle says nothing', { status: 'idle' }, []],
    [
      'a download without a length counts bytes',
      { status: 'busy', kind: 'briefPdf', step: 'download', received: 2048 },
      [
        { key: 'downloading', values: { name: '<briefPdf>' } },
        { key: 'received', values: { size: '2.0 KB' } },
      ],
    ],
    [
      'a download with a length says how much of it',
      { status: 'busy', kind: 'briefPdf', step: 'download', received: 1024, total: 4096 },
      [
        { key: 'downloading', values: { name: '<briefPdf>' } },
        { key: 'receivedOf', values: { size: '1.0 KB', total: '4.0 KB' } },
      ],
    ],
    [
      'a length smaller than what came is ignored',
      { status: 'busy', kind: 'boardJson', step: 'download', received: 5000, total: 10 },
      [
        { key: 'downloading', values: { name: '<boardJson>' } },
        { key: 'received', values: { size: '4.9 KB' } },
      ],
    ],
    [
      'an image being drawn',
      { status: 'busy', kind: 'imageView', step: 'render' },
      [
        { key: 'downloading', values: { name: '<imageView>' } },
        { key: 'stepRender', values: {} },
      ],
    ],
    [
      'an image being encoded',
      { status: 'busy', kind: 'imageBoard', step: 'encode' },
      [
        { key: 'downloading', values: { name: '<imageBoard>' } },
        { key: 'stepEncode', values: {} },
      ],
    ],
    [
      'a saved file names itself',
      { status: 'done', kind: 'briefMarkdown', fileName: 'x-brief.md' },
      [{ key: 'saved', values: { fileName: 'x-brief.md' } }],
    ],
    [
      'a failure gives the reason',
      { status: 'error', kind: 'boardJson', reason: 'no token' },
      [{ key: 'failed', values: { name: '<boardJson>', reason: 'no token' } }],
    ],
  ])('%s', (_, state, lines) => {
    expect(progressLineOf(state, name)).toEqual(lines)
  })

  it.each<[ExportState, number | undefined]>([
    [{ status: 'busy', kind: 'briefPdf', step: 'download', received: 1, total: 4 }, 0.25],
    [{ status: 'busy', kind: 'briefPdf', step: 'download', received: 8, total: 4 }, 1],
    [{ status: 'busy', kind: 'briefPdf', step: 'download', received: 1 }, undefined],
    [{ status: 'busy', kind: 'briefPdf', step: 'download', received: 1, total: 0 }, undefined],
    [{ status: 'busy', kind: 'imageView', step: 'render' }, undefined],
    [{ status: 'idle' }, undefined],
  ])('the bar of %j is %s', (state, fraction) => {
    expect(fractionOf(state)).toBe(fraction)
  })
})
