import { describe, expect, it } from 'vitest'
import type { ParticipantStats } from '../../../server/debate/dashboard.ts'
import {
  attachmentDisposition,
  csvFileName,
  dashboardCsv,
  quoteCell,
  textCell,
} from '../../../server/debate/dashboardCsv.ts'
import { parseCsv } from '../../helpers/csv.ts'

function row(fields: Partial<ParticipantStats>): ParticipantStats {
  return {
    key: 'k',
    name: 'Alice',
    inRoster: true,
    team: 'bull',
    role: 'bull',
    cards: 1,
    excerpts: 1,
    links: 0,
    words: 3,
    ...fields,
  }
}

describe('dashboardCsv', () => {
  it.each([
    ['a plain value', 'Alice', 'Alice'],
    ['a comma', 'Lee, Ann', '"Lee, Ann"'],
    ['a quote', 'The "Bull"', '"The ""Bull"""'],
    ['a line break', 'two\r\nlines', '"two\r\nlines"'],
    ['Chinese', '王小明', '王小明'],
  ])('[PH49] quotes %s as RFC 4180 says', (_name, value, expected) => {
    expect(quoteCell(value)).toBe(expected)
    expect(parseCsv(`${expected}\r\n`)).toEqual([[value]])
  })

  it.each([
    ['=HYPERLINK("x")', '\'=HYPERLINK("x")'],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['Ann = Bea', 'Ann = Bea'],
  ])('[PH49] keeps the name %j from running as a formula', (value, expected) => {
    expect(textCell(value)).toBe(expected)
  })

  it('[PH49] starts with a byte-order mark, ends lines with CRLF and parses back to one row per participant', () => {
    const participants = [
      row({ name: '王小明, "Ming"', cards: 3, excerpts: 2, links: 1, words: 12 }),
      row({ name: '', team: null, role: null, cards: 1, excerpts: 0, links: 0, words: 4 }),
    ]
    const csv = dashboardCsv(participants, 'en')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/)
    expect(parseCsv(csv.slice(1))).toEqual([
      ['Name', 'Team', 'Role', 'Cards', 'Excerpts', 'Links', 'Words'],
      ['王小明, "Ming"', 'Bull', 'Bull team', '3', '2', '1', '12'],
      ['Unknown', '', '', '1', '0', '0', '4'],
    ])
  })

  it.each([
    ['zh-Hans', ['姓名', '阵营', '角色', '卡片', '引用段落', '连线', '字数'], ['未知', '反方', '看空方']],
    ['zh-Hant', ['姓名', '陣營', '角色', '卡片', '引用段落', '連線', '字數'], ['未知', '反方', '看空方']],
  ] as const)('[PH49] writes headers and labels in %s', (language, headers, cells) => {
    const csv = dashboardCsv([row({ name: '', team: 'bear', role: 'bear' })], language)
    const [head, first] = parseCsv(csv.slice(1))
    expect(head).toEqual(headers)
    expect(first!.slice(0, 3)).toEqual(cells)
  })
})

describe('the CSV file name', () => {
  it.each([
    ['a plain title', 'Class 3B', 'Class 3B dashboard.csv'],
    ['a Chinese title', 'AI 泡沫？', 'AI 泡沫？ dashboard.csv'],
    ['path and reserved characters', '../a\\b:c*d?"e"<f>|g', '.. a b c d e f g dashboard.csv'],
    ['control characters', 'a\r\nb\u0000c', 'a b c dashboard.csv'],
    ['nothing usable', '///', 'board-1 dashboard.csv'],
  ])('[PH49] keeps only safe characters of %s', (_name, title, expected) => {
    expect(csvFileName(title, 'board-1')).toBe(expected)
  })

  it('[PH49] cuts a long title at 80 code points, never inside a surrogate pair', () => {
    const name = csvFileName('😀'.repeat(100), 'x')
    expect(name).toBe(`${'😀'.repeat(80)} dashboard.csv`)
  })

  it('[PH49] sends an ASCII fallback and the UTF-8 name, percent-encoded', () => {
    expect(attachmentDisposition("AI 泡沫's (1).csv", 'b-dashboard.csv')).toBe(
      `attachment; filename="b-dashboard.csv"; filename*=UTF-8''AI%20%E6%B3%A1%E6%B2%AB%27s%20%281%29.csv`,
    )
  })
})
