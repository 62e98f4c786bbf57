/**
 * The teacher's dashboard: who wrote what, and which passages each team drew on. Pure: it reads the
 * board's cards, links and articles, the roster and the session, and returns plain data that
 * `GET /api/boards/:id/dashboard` sends as JSON and dashboardCsv.ts turns into a spreadsheet.
 */
import { Role, Team } from '../../shared/access.ts'
import type { Card, Link, Source } from '../../shared/board/schema.ts'
import type { Format } from '../../shared/debate/formats.ts'
import type { RosterEntry } from '../../shared/debate/roster.ts'
import { currentPhase, type SessionState } from '../../shared/debate/session.ts'
import { countWords } from './countWords.ts'

/** What the dashboard is computed from. */
export interface DashboardInput {
  cards: readonly Card[]
  links: readonly Link[]
  sources: readonly Source[]
  /** By participant id (shared/debate/roster.ts); empty on a board without a roster. */
  roster: ReadonlyMap<string, RosterEntry>
  session: SessionState
}

/**
 * One participant's figures. A roster participant is keyed `author:<authorId>`; the author of cards
 * the roster does not know is keyed `name:<authorName>` (`unknown` without a name), has `name` ''
 * when nameless (the client says "Unknown") and `inRoster` false.
 */
export interface ParticipantStats {
  key: string
  name: string
  inRoster: boolean
  team: Team | null
  role: Role | null
  /** Cards written. */
  cards: number
  /** Cards that cite a passage. */
  excerpts: number
  /** Links drawn from one of their cards. */
  links: number
  /** Words in their cards' text (each Han character is a word: countWords). */
  words: number
}

/** A passage of an article that one team's cards cite. */
export interface PassageUse {
  quote: string
  start: number
  end: number
  /** The card's team; a card made without one counts for the side it argues. */
  team: Team
  cardIds: string[]
}

/** The passages cited from one article, in text order. */
export interface ArticleUse {
  sourceId: string
  title: string
  passages: PassageUse[]
}

/** The dashboard as `GET /api/boards/:id/dashboard` answers it (plus the board id). */
export interface Dashboard {
  format: Format
  phaseId: string
  participants: ParticipantStats[]
  articles: ArticleUse[]
}

/** The roles of those who take part in the debate: listed even before they write anything. */
const PARTICIPANT_ROLES: ReadonlySet<Role> = new Set([Role.Edit, Role.Bull, Role.Bear])
const TEAM_ORDER: Record<string, number> = { bull: 0, bear: 1 }

/** Computes the dashboard of a board. */
export function computeDashboard(input: DashboardInput): Dashboard {
  const cards = input.cards.filter((card) => !card.unreadable)
  return {
    format: input.session.format,
    phaseId: currentPhase(input.session).id,
    participants: participantStats(cards, input.links, input.roster),
    articles: articleUses(cards, input.sources),
  }
}

function participantStats(
  cards: readonly Card[],
  links: readonly Link[],
  roster: ReadonlyMap<string, RosterEntry>,
): ParticipantStats[] {
  const byAuthor = rosterByAuthor(roster)
  const stats = new Map<string, ParticipantStats>()
  for (const entry of byAuthor.values())
    if (PARTICIPANT_ROLES.has(entry.role)) stats.set(`author:${entry.authorId}`, fromRoster(entry))
  const ownerOfCard = new Map<string, ParticipantStats>()
  for (const card of cards) {
    const entry = byAuthor.get(card.authorId)
    const key = entry ? `author:${entry.authorId}` : unknownKey(card)
    let row = stats.get(key)
    if (!row) stats.set(key, (row = entry ? fromRoster(entry) : fromCard(key, card)))
    row.cards++
    if (card.excerpt) row.excerpts++
    row.words += countWords(card.text)
    ownerOfCard.set(card.id, row)
  }
  for (const link of links) {
    const owner = ownerOfCard.get(link.from)
    if (owner) owner.links++
  }
  return [...stats.values()].sort(compareParticipants)
}

/** The roster entry of each author id; if two share one, the one seen last. */
function rosterByAuthor(roster: ReadonlyMap<string, RosterEntry>): Map<string, RosterEntry> {
  const byAuthor = new Map<string, RosterEntry>()
  for (const entry of roster.values()) {
    const known = byAuthor.get(entry.authorId)
    if (!known || entry.lastSeenAt > known.lastSeenAt) byAuthor.set(entry.authorId, entry)
  }
  return byAuthor
}

function unknownKey(card: Card): string {
  const name = card.authorName.trim()
  return name ? `name:${name}` : 'unknown'
}

const zero = { cards: 0, excerpts: 0, links: 0, words: 0 }

function fromRoster(entry: RosterEntry): ParticipantStats {
  const key = `author:${entry.authorId}`
  return { key, name: entry.name, inRoster: true, team: entry.team, role: entry.role, ...zero }
}

function fromCard(key: string, card: Card): ParticipantStats {
  const name = card.authorName.trim()
  return { key, name, inRoster: false, team: teamOf(card.team), role: null, ...zero }
}

function compareParticipants(a: ParticipantStats, b: ParticipantStats): number {
  const team = (TEAM_ORDER[a.team ?? ''] ?? 2) - (TEAM_ORDER[b.team ?? ''] ?? 2)
  return team || a.name.localeCompare(b.name) || a.key.localeCompare(b.key)
}

function teamOf(value: string | undefined): Team | null {
  return value === Team.Bull || value === Team.Bear ? value : null
}

function articleUses(cards: readonly Card[], sources: readonly Source[]): ArticleUse[] {
  const passages = new Map<string, Map<string, PassageUse>>()
  for (const card of cards) {
    if (!card.excerpt) continue
    const { sourceId, start, end, quote } = card.excerpt
    const team = teamOf(card.team) ?? card.stance
    let ofSource = passages.get(sourceId)
    if (!ofSource) passages.set(sourceId, (ofSource = new Map()))
    const key = `${start}:${end}:${team}`
    const use = ofSource.get(key)
    if (use) use.cardIds.push(card.id)
    else ofSource.set(key, { quote, start, end, team, cardIds: [card.id] })
  }
  // Cards citing an article no longer on the board are left out: there is nothing to show them in.
  return sources.map((source) => ({
    sourceId: source.id,
    title: source.title,
    passages: [...(passages.get(source.id)?.values() ?? [])].sort(
      (a, b) => a.start - b.start || a.end - b.end || a.team.localeCompare(b.team),
    ),
  }))
}
