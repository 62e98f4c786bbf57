import { describe, expect, it } from 'vitest'
import { initialSession } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { boardExportSchema, type BoardExport } from '../../../shared/exports/boardExport.ts'
import { boardJson } from '../../../server/exports/boardJson.ts'
import { checkImport } from '../../../server/exports/importBoard.ts'
import { card, content, link, source } from './content.ts'

const board = content({
  sources: [{ ...source('s1'), sha256: 'a'.repeat(64) }],
  cards: [card('a', 'bull', 1), card('b', 'bear', 2, null)],
  links: [link('b', 'a')],
})

describe('the board JSON export', () => {
  it('[EX6] writes a versioned file the schema reads back unchanged', () => {
    const file = boardJson(board, Date.UTC(2026, 0, 2))
    expect(file).toMatchObject({
      format: 'debate-board',
      version: 1,
      exportedAt: '2026-01-02T00:00:00.000Z',
      meta: { id: 'board-1', title: 'Board', motion: 'Rates will fall.', createdAt: 1 },
    })
    expect(file.session).toBeUndefined()
    expect(boardExportSchema.parse(JSON.parse(JSON.stringify(file)))).toEqual(file)
  })

  it.each([
    ['a free board has no session', 'free', undefined],
    ['a classroom keeps its plan, not its timer', 'classroom', 'classroom'],
  ] as const)('[EX6] %s', (_name, format, exported) => {
    const file = boardJson({ ...board, session: { ...initialSession(format), locked: true } })
    expect(file.session?.format).toBe(exported)
    if (file.session)
      expect(Object.keys(file.session).sort()).toEqual([
        'anonymous',
        'draftScope',
        'format',
        'locked',
        'phaseIndex',
        'phases',
      ])
  })

  it('[EX6] leaves unreadable fields out of a card', () => {
    const file = boardJson({ ...board, cards: [{ ...card('a', 'bull', 1), unreadable: true }] })
    expect(file.cards[0]).not.toHaveProperty('unreadable')
  })

  const file = boardJson(board)
  it.each<[string, BoardExport, string]>([
    [
      'two sources with one id',
      { ...file, sources: [...file.sources, ...file.sources] },
      'two sources share an id',
    ],
    ['two cards with one id', { ...file, cards: [...file.cards, file.cards[0]!] }, 'two cards share an id'],
    ['a quote of a missing source', { ...file, sources: [] }, 'quotes a source the file does not hold'],
    ['two links with one id', { ...file, links: [...file.links, ...file.links] }, 'two links share an id'],
    [
      'a link to itself',
      { ...file, links: [{ ...file.links[0]!, to: 'b' }] },
      'does not join two different cards',
    ],
    [
      'a phase beyond the plan',
      {
        ...file,
        session: {
          ...boardJson({ ...board, session: initialSession('committee') }).session!,
          phaseIndex: 99,
        },
      },
      'the current phase is not in the plan',
    ],
  ])('[EX7] refuses a file with %s', (_name, broken, message) => {
    expect(() => checkImport(broken)).toThrow(
      expect.objectContaining({ code: ErrorCode.BadRequest, message: expect.stringContaining(message) }),
    )
  })

  it('[EX7] accepts a file it wrote', () => {
    expect(() => checkImport(file)).not.toThrow()
  })
})
