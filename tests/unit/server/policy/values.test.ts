/**
 * The update policy's table, rule 5 (values): every plain value an update writes is checked with
 * the zod schemas of shared/board, field by field. Each row writes a bad value and its mirror, a
 * good one, with real Yjs edits of a copy of the board.
 */
import { describe, it } from 'vitest'
import * as Y from 'yjs'
import { CONTROL_DOCUMENT_SCHEMA } from '../../../../shared/board/documentSchemas.ts'
import { getBoardRoots } from '../../../../shared/board/layout.ts'
import { initBoard } from '../../../../shared/board/mutators.ts'
import { sha256Hex } from '../../../../shared/board/mutators.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import { Client, SOURCE_TEXT, board, changes, expectAccepted, expectRefused, type Offer } from './craft.ts'

interface Row {
  /** Where the value is written: `<root>/<id>/<field>`, or `links/<id>`. */
  path: string
  bad: unknown
  good: unknown
  expects: string
}

const EXCERPT = { sourceId: 'src-1', start: 0, end: 6, quote: 'Demand', prefix: '', suffix: ' is st' }
const LINK = { from: 'card-1', to: 'card-2', kind: 'supports' }
const name = 'a string of at most 60 characters'

const boardRows: Row[] = [
  { path: 'cards/card-1/authorName', bad: { toString: 1 }, good: 'Bob', expects: name },
  { path: 'cards/card-1/authorName', bad: 'x'.repeat(61), good: 'x'.repeat(60), expects: name },
  { path: 'cards/card-1/authorId', bad: '', good: 'bob-id', expects: 'a string of 1 to 64 characters' },
  { path: 'cards/card-1/team', bad: ['red'], good: 'red', expects: name },
  { path: 'cards/card-1/stance', bad: 'neutral', good: 'bear', expects: '"bull" or "bear"' },
  { path: 'cards/card-1/x', bad: 2e6, good: -1e6, expects: 'a number between -1000000 and 1000000' },
  { path: 'cards/card-1/y', bad: NaN, good: 1e6, expects: 'a number between -1000000 and 1000000' },
  { path: 'cards/card-1/width', bad: undefined, good: 120, expects: 'a number between 120 and 1000' },
  {
    path: 'cards/card-1/createdAt',
    bad: -1,
    good: 0,
    expects: 'a whole, non-negative number of milliseconds',
  },
  {
    path: 'cards/card-1/createdAt',
    bad: 1.5,
    good: 2,
    expects: 'a whole, non-negative number of milliseconds',
  },
  { path: 'cards/card-1/excerpt', bad: { ...EXCERPT, end: 7 }, good: EXCERPT, expects: 'an excerpt' },
  { path: 'cards/card-1/excerpt', bad: { ...EXCERPT, note: 'extra' }, good: EXCERPT, expects: 'an excerpt' },
  // lib0 decodes a "__proto__" key into the prototype, where zod would still find the fields.
  {
    path: 'cards/card-1/excerpt',
    bad: JSON.parse(`{"__proto__": ${JSON.stringify(EXCERPT)}}`),
    good: EXCERPT,
    expects: 'an excerpt',
  },
  {
    path: 'sources/src-1/title',
    bad: '   ',
    good: 'Prices',
    expects: 'a non-blank string of at most 200 characters',
  },
  {
    path: 'sources/src-1/language',
    bad: 'e',
    good: 'zh-Hant',
    expects: 'a language tag of 2 to 35 characters',
  },
  {
    path: 'sources/src-1/text',
    bad: '',
    good: SOURCE_TEXT,
    expects: 'a non-empty string of at most 500000 characters',
  },
  {
    path: 'sources/src-1/url',
    bad: 'javascript:alert(1)',
    good: 'https://example.com/a',
    expects: 'an http or https URL',
  },
  { path: 'sources/src-1/addedBy', bad: 42, good: 'Ada', expects: name },
  {
    path: 'sources/src-1/sha256',
    bad: 'ABC',
    good: sha256Hex(SOURCE_TEXT),
    expects: 'a SHA-256 digest in 64 lower-case hex digits',
  },
  {
    path: 'sources/src-1/sha256',
    bad: `x${sha256Hex(SOURCE_TEXT)}`,
    good: sha256Hex('x'),
    expects: 'a SHA-256 digest',
  },
  {
    path: 'sources/src-1/sha256',
    bad: `${sha256Hex(SOURCE_TEXT)}x`,
    good: sha256Hex('y'),
    expects: 'a SHA-256 digest',
  },
  {
    path: 'sources/src-1/addedAt',
    bad: '1',
    good: 1,
    expects: 'a whole, non-negative number of milliseconds',
  },
  {
    path: 'links/link-2',
    bad: { ...LINK, to: 'card-1' },
    good: LINK,
    expects: 'a link { from, to, kind } between two different cards',
  },
  { path: 'links/link-2', bad: { ...LINK, kind: 'likes' }, good: LINK, expects: 'a link' },
  { path: 'links/link-2', bad: { ...LINK, weight: 1 }, good: LINK, expects: 'a link' },
  { path: 'links/link-2', bad: null, good: LINK, expects: 'a link' },
]

/** DC1: a falsifier card's fields. */
const falsifierRows: Row[] = [
  { path: 'cards/card-1/kind', bad: 'opinion', good: 'falsifier', expects: '"argument" or "falsifier"' },
  { path: 'cards/card-1/kind', bad: 1, good: 'argument', expects: '"argument" or "falsifier"' },
  {
    path: 'cards/card-1/reviewDate',
    bad: '2027-02-30',
    good: '2027-02-28',
    expects: 'a calendar day written YYYY-MM-DD',
  },
  {
    path: 'cards/card-1/reviewDate',
    bad: '2027-03-01T00:00:00Z',
    good: '2027-03-01',
    expects: 'a calendar day written YYYY-MM-DD',
  },
  { path: 'cards/card-1/reviewDate', bad: 20270301, good: '2030-12-31', expects: 'a calendar day' },
]

const metaRows: Row[] = [
  {
    path: 'meta/title',
    bad: { toString: 1 },
    good: 'Motion',
    expects: 'a non-blank string of at most 200 characters',
  },
  { path: 'meta/motion', bad: 'm'.repeat(501), good: '', expects: 'a string of at most 500 characters' },
  {
    path: 'meta/createdAt',
    bad: 'yesterday',
    good: 5,
    expects: 'a whole, non-negative number of milliseconds',
  },
  { path: 'meta/schemaVersion', bad: 0, good: 1, expects: 'a whole number above 0' },
]

/** Alice writes `value` at `path` of her copy of the board. */
function writeOnBoard(path: string, value: unknown): Offer {
  const { server, alice } = board()
  const [root, id, field] = path.split('/') as [string, string, string | undefined]
  const roots = getBoardRoots(alice) as unknown as Record<string, Y.Map<unknown>>
  const update = changes(alice, server, () => {
    if (field === undefined) roots[root]!.set(id, value)
    else (roots[root]!.get(id) as Y.Map<unknown>).set(field, value)
  })
  return { doc: server, update }
}

/** A moderator writes `value` at `path` of an initialised control document. */
function writeOnControl(path: string, value: unknown): Offer {
  const control = new Y.Doc()
  control.clientID = Client.Server
  initBoard(control, { title: 'Board' })
  const moderator = new Y.Doc()
  moderator.clientID = Client.Alice
  Y.applyUpdate(moderator, Y.encodeStateAsUpdate(control))
  const update = changes(moderator, control, (doc) => doc.getMap('meta').set(path.split('/')[1]!, value))
  return { doc: control, update, context: { schema: CONTROL_DOCUMENT_SCHEMA } }
}

/** `text` as a regular expression matching it literally, at the start of the message. */
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)

describe('update policy: values', () => {
  for (const [document, rows, write] of [
    ['board', boardRows, writeOnBoard],
    ['control', metaRows, writeOnControl],
  ] as const) {
    for (const { path, bad, good, expects } of rows)
      it(`${document}: ${path} refuses ${JSON.stringify(bad) ?? 'undefined'} and accepts ${JSON.stringify(good)}`, () => {
        expectRefused(write(path, bad), ErrorCode.UpdateRefused, startsWith(`${path} must be ${expects}`))
        expectAccepted(write(path, good))
      })
  }

  for (const { path, bad, good, expects } of falsifierRows)
    it(`DC1 board: ${path} refuses ${JSON.stringify(bad)} and accepts ${JSON.stringify(good)}`, () => {
      expectRefused(
        writeOnBoard(path, bad),
        ErrorCode.UpdateRefused,
        startsWith(`${path} must be ${expects}`),
      )
      expectAccepted(writeOnBoard(path, good))
    })

  it('control: a meta key the schema does not name is refused', () => {
    expectRefused(
      writeOnControl('meta/phase', 'vote'),
      ErrorCode.UpdateRefused,
      /^meta\/phase is not a field of meta/,
    )
  })
})
