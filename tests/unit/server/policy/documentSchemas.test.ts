/** Which schema each document follows, and that everything the board's mutators write follows it. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  BOARD_DOCUMENT_SCHEMA,
  CONTROL_DOCUMENT_SCHEMA,
  documentSchemaFor,
  type MapRule,
  type SlotRule,
} from '../../../../shared/board/documentSchemas.ts'
import { addSource, createCardFromExcerpt, initBoard } from '../../../../shared/board/mutators.ts'
import { author, board } from './craft.ts'

/** The problems of `value` against `rule`, as "<path>: <problem>" lines. */
function problemsOf(rule: SlotRule, value: unknown, path: string): string[] {
  if (rule.kind === 'value')
    return rule.schema.safeParse(value).success ? [] : [`${path}: not ${rule.expects}`]
  if (rule.kind === 'text') return value instanceof Y.Text ? [] : [`${path}: not a Y.Text`]
  if (!(value instanceof Y.Map)) return [`${path}: not a Y.Map`]
  return problemsOfMap(rule, value, path)
}

function problemsOfMap(rule: MapRule, map: Y.Map<unknown>, path: string): string[] {
  return [...map.entries()].flatMap(([key, value]) => {
    const child =
      rule.kind === 'fields' ? rule.fields.get(key) : rule.key.safeParse(key).success ? rule.entry : undefined
    return child ? problemsOf(child, value, `${path}/${key}`) : [`${path}/${key}: no such place`]
  })
}

describe('document schemas', () => {
  it.each([
    ['board', BOARD_DOCUMENT_SCHEMA],
    ['drafts/bull', BOARD_DOCUMENT_SCHEMA],
    ['control', CONTROL_DOCUMENT_SCHEMA],
    ['drafts/', undefined],
    ['boards', undefined],
    ['meta', undefined],
  ])('the document named %j follows its schema', (name, schema) => {
    expect(documentSchemaFor(name)).toBe(schema)
  })

  it("everything the board's mutators write follows the board and control schemas", () => {
    const { server } = board()
    const excerpt = { sourceId: 'src-1', start: 0, end: 6, width: 300, team: 'red' }
    createCardFromExcerpt(server, { stance: 'bear', x: 1, y: 1, ...excerpt, ...author })
    addSource(server, {
      title: 'Linked',
      language: 'en',
      text: 'Text.',
      url: 'https://example.com',
      addedBy: 'Ada',
    })
    const control = new Y.Doc()
    initBoard(control, { title: 'Motion', motion: 'Prices fall.' })
    const problems = [
      ...[...BOARD_DOCUMENT_SCHEMA.roots].flatMap(([name, rule]) =>
        problemsOfMap(rule, server.getMap(name), name),
      ),
      ...[...CONTROL_DOCUMENT_SCHEMA.roots].flatMap(([name, rule]) =>
        problemsOfMap(rule, control.getMap(name), name),
      ),
    ]
    expect(problems).toEqual([])
    expect(server.getMap('cards').size).toBeGreaterThan(0)
  })
})
