/**
 * The dashboard as a spreadsheet: one row per participant (name, team, role, cards, excerpts, links,
 * words), RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel opens Chinese names correctly.
 * Headers and labels in the teacher's language (`?lang=` on the route).
 */
import type { Role, Team } from '../../shared/access.ts'
import type { ParticipantStats } from './dashboard.ts'

/** The languages the CSV's headers and labels come in. */
export const CsvLanguage = { En: 'en', ZhHans: 'zh-Hans', ZhHant: 'zh-Hant' } as const
export type CsvLanguage = (typeof CsvLanguage)[keyof typeof CsvLanguage]

interface CsvLabels {
  headers: readonly [string, string, string, string, string, string, string]
  unknown: string
  team: Record<Team, string>
  role: Record<Role, string>
}

const LABELS: Record<CsvLanguage, CsvLabels> = {
  en: {
    headers: ['Name', 'Team', 'Role', 'Cards', 'Excerpts', 'Links', 'Words'],
    unknown: 'Unknown',
    team: { bull: 'Bull', bear: 'Bear' },
    role: {
      moderate: 'Moderator',
      edit: 'Participant',
      bull: 'Bull team',
      bear: 'Bear team',
      view: 'Observer',
      projector: 'Projector',
    },
  },
  'zh-Hans': {
    headers: ['姓名', '阵营', '角色', '卡片', '引用段落', '连线', '字数'],
    unknown: '未知',
    team: { bull: '正方', bear: '反方' },
    role: {
      moderate: '主持人',
      edit: '参与者',
      bull: '看多方',
      bear: '看空方',
      view: '观察者',
      projector: '投影',
    },
  },
  'zh-Hant': {
    headers: ['姓名', '陣營', '角色', '卡片', '引用段落', '連線', '字數'],
    unknown: '未知',
    team: { bull: '正方', bear: '反方' },
    role: {
      moderate: '主持人',
      edit: '參與者',
      bull: '看多方',
      bear: '看空方',
      view: '觀察者',
      projector: '投影',
    },
  },
}

const BOM = '\uFEFF'

/** The participants as CSV text, starting with a byte-order mark, lines ended by CRLF (RFC 4180). */
export function dashboardCsv(participants: readonly ParticipantStats[], language: CsvLanguage): string {
  const labels = LABELS[language]
  const rows = participants.map((row) => [
    textCell(row.name || labels.unknown),
    row.team ? labels.team[row.team] : '',
    row.role ? labels.role[row.role] : '',
    String(row.cards),
    String(row.excerpts),
    String(row.links),
    String(row.words),
  ])
  const lines = [labels.headers, ...rows].map((cells) => cells.map(quoteCell).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}

/**
 * A field quoted when it holds a comma, a quote or a line break, its quotes doubled (RFC 4180 §2.6–7).
 */
export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/**
 * A name as a cell a spreadsheet shows and never runs: a leading =, +, -, @, tab or CR would make
 * Excel read a formula (CSV injection), so such a name gets a leading apostrophe, as OWASP advises.
 */
export function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** A file name for the CSV of a board: its title's safe characters, or the board id. */
export function csvFileName(title: string, boardId: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\p{C}\\/:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  // Cut by code points, never inside a surrogate pair.
  const safe = Array.from(cleaned).slice(0, 80).join('').trim()
  return `${safe || boardId} dashboard.csv`
}

/**
 * A Content-Disposition header for an attachment: an ASCII `filename` for old clients and the
 * UTF-8 name in `filename*` (RFC 6266, RFC 8187), so a Chinese title survives.
 */
export function attachmentDisposition(fileName: string, fallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`
}
