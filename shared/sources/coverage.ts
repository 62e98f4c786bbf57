/**
 * Coverage of an article: which of its passages the bull cards cite, which the bear cards, which both,
 * and which none — the strip beside the reader, "next unused passage", and each team's share.
 */

/** How a run of the article is cited. */
export const CoverageKind = { Bull: 'bull', Bear: 'bear', Both: 'both', Unused: 'unused' } as const
export type CoverageKind = (typeof CoverageKind)[keyof typeof CoverageKind]

/** A cited passage, where its card's excerpt stands now, with the card's side and team. */
export interface CitedRange {
  start: number
  end: number
  stance: 'bull' | 'bear'
  /** The card's team; none for a participant without a team. */
  team?: string
}

/** A maximal run `[start, end)` of the text cited the same way. */
export interface CoverageRun {
  start: number
  end: number
  kind: CoverageKind
}

/**
 * Cuts a text of `length` UTF-16 units into runs, each bull, bear, both or unused, in order and
 * covering the whole text; ranges are clipped to the text, empty ones ignored.
 * @example coverageRuns(10, [{ start: 2, end: 4, stance: 'bull' }]) // unused 0–2, bull 2–4, unused 4–10
 */
export function coverageRuns(length: number, ranges: readonly CitedRange[]): CoverageRun[] {
  // A sweep over the range boundaries, counting bull and bear ranges open at each point.
  const events: { at: number; bull: number; bear: number }[] = []
  for (const range of ranges) {
    const start = Math.max(0, range.start)
    const end = Math.min(length, range.end)
    if (end <= start) continue
    const bull = range.stance === 'bull' ? 1 : 0
    events.push({ at: start, bull, bear: 1 - bull }, { at: end, bull: -bull, bear: bull - 1 })
  }
  events.sort((a, b) => a.at - b.at)
  const runs: CoverageRun[] = []
  let bull = 0
  let bear = 0
  let at = 0
  for (const event of events) {
    push(runs, at, event.at, kindOf(bull, bear))
    at = Math.max(at, event.at)
    bull += event.bull
    bear += event.bear
  }
  push(runs, at, length, CoverageKind.Unused)
  return runs
}

function kindOf(bull: number, bear: number): CoverageKind {
  if (bull > 0 && bear > 0) return CoverageKind.Both
  if (bull > 0) return CoverageKind.Bull
  return bear > 0 ? CoverageKind.Bear : CoverageKind.Unused
}

// Appends [start, end) of `kind`, merged into the last run when that one is of the same kind.
function push(runs: CoverageRun[], start: number, end: number, kind: CoverageKind) {
  if (end <= start) return
  const last = runs.at(-1)
  if (last && last.kind === kind && last.end === start) last.end = end
  else runs.push({ start, end, kind })
}

/**
 * The first unused run that starts at or after `from` and holds some word character (not only spaces
 * or punctuation), wrapping round to the start of the text; undefined when none is left.
 */
export function nextUnusedPassage(
  text: string,
  runs: readonly CoverageRun[],
  from: number,
): { start: number; end: number } | undefined {
  const unused = runs.filter(
    (run) => run.kind === CoverageKind.Unused && /[\p{L}\p{N}]/u.test(text.slice(run.start, run.end)),
  )
  const found = unused.find((run) => run.start >= from) ?? unused[0]
  if (!found) return undefined
  // Skip the spaces and line breaks a run starts with, so that the reader lands on words.
  const lead = /^\s*/.exec(text.slice(found.start, found.end))?.[0].length ?? 0
  return { start: found.start + lead, end: found.end }
}

/**
 * The share (0–1) of the text each team's cards cite, by team ("" for cards without a team), and
 * the share no card cites. Overlapping ranges of one team count once.
 */
export function teamCoverage(
  length: number,
  ranges: readonly CitedRange[],
): { teams: Map<string, number>; unused: number } {
  const teams = new Map<string, number>()
  if (length <= 0) return { teams, unused: 0 }
  const byTeam = new Map<string, CitedRange[]>()
  for (const range of ranges) {
    const team = range.team ?? ''
    byTeam.set(team, [...(byTeam.get(team) ?? []), range])
  }
  for (const [team, own] of byTeam) teams.set(team, coveredLength(length, own) / length)
  return { teams, unused: 1 - coveredLength(length, ranges) / length }
}

function coveredLength(length: number, ranges: readonly CitedRange[]): number {
  return coverageRuns(length, ranges)
    .filter((run) => run.kind !== CoverageKind.Unused)
    .reduce((sum, run) => sum + run.end - run.start, 0)
}
