/**
 * The brief's sections beyond the two sides — the decision with its references, the falsifiers and
 * the vote summary — as plain lines that the Markdown and the PDF brief each lay out their own way.
 */
import type { BriefOutline, BriefReference } from './briefOutline.ts'
import { pagesAfterTitle, type BriefStrings } from './briefStrings.ts'

/** One line of a section. */
export interface BriefLine {
  text: string
  /** A reference number such as `[1] ` before the text, which is not the person's text. */
  marker?: string
  /** 0: a paragraph; 1: a list item; 2: a line beneath the list item above it. */
  depth: 0 | 1 | 2
  /** A quote from an article, set in that article's language (`language`). */
  quote?: boolean
  language?: string
  /** A link after the text: where it goes and what it says. */
  link?: { url: string; label: string }
}

/** A heading and its lines. */
export interface BriefSection {
  heading: string
  lines: BriefLine[]
}

/** The sections before the sides (the decision) and after them (falsifiers, votes), where the board has them. */
export function briefSections(
  outline: BriefOutline,
  words: BriefStrings,
): { before: BriefSection[]; after: BriefSection[] } {
  const present = (sections: (BriefSection | null)[]) =>
    sections.flatMap((section) => (section ? [section] : []))
  return {
    before: present([decisionSection(outline, words)]),
    after: present([falsifierSection(outline, words), voteSection(outline, words)]),
  }
}

function decisionSection(outline: BriefOutline, words: BriefStrings): BriefSection | null {
  const { decision } = outline
  if (!decision) return null
  const lines: BriefLine[] = [{ text: words.outcome[decision.outcome], depth: 0 }]
  if (decision.rationale) lines.push({ text: `${words.rationale}: ${decision.rationale}`, depth: 0 })
  if (decision.cited.length > 0) {
    lines.push({ text: `${words.references}:`, depth: 0 })
    decision.cited.forEach((reference, index) =>
      lines.push(...referenceLines(reference, `[${index + 1}] `, words)),
    )
  }
  return { heading: words.decision, lines }
}

function falsifierSection(outline: BriefOutline, words: BriefStrings): BriefSection | null {
  if (outline.falsifiers.length === 0) return null
  return {
    heading: words.falsifiers,
    lines: outline.falsifiers.flatMap((reference) => {
      const date = reference.card.reviewDate
      return referenceLines(reference, '', words, date ? words.reviewBy(date) : words.noReviewDate)
    }),
  }
}

/** A card as a list item with its quote and source beneath; `note` follows its text in brackets. */
function referenceLines(
  reference: BriefReference,
  prefix: string,
  words: BriefStrings,
  note?: string,
): BriefLine[] {
  const text = reference.card.text.trim() || words.untitledCard
  const lines: BriefLine[] = [
    { text: `${text}${note ? ` (${note})` : ''}`, depth: 1, ...(prefix ? { marker: prefix } : {}) },
  ]
  const quote = reference.card.excerpt?.quote
  if (quote)
    lines.push({
      text: quote,
      depth: 2,
      quote: true,
      ...(reference.sourceLanguage ? { language: reference.sourceLanguage } : {}),
    })
  if (reference.sourceTitle)
    lines.push({
      text: `${words.source}: ${reference.sourceTitle}${pagesAfterTitle(reference, words)}`,
      depth: 2,
      ...(reference.passageUrl ? { link: { url: reference.passageUrl, label: words.openAtPassage } } : {}),
    })
  return lines
}

function voteSection(outline: BriefOutline, words: BriefStrings): BriefSection | null {
  const { dot, impact, conviction } = outline.votes
  const name = (cardId: string) => outline.cardsById.get(cardId)?.text.trim() || words.untitledCard
  const lines: BriefLine[] = []
  if (dot) {
    lines.push({ text: words.dotVote(dot.voters), depth: 0 })
    for (const [cardId, dots] of byValue(dot.dots))
      lines.push({ text: `${name(cardId)} — ${words.dots(dots)}`, depth: 1 })
  }
  if (impact) {
    lines.push({ text: words.impactVote(impact.voters), depth: 0 })
    for (const [cardId, tally] of byValue(impact.cards, (tally) => tally.impact))
      lines.push({ text: `${name(cardId)} — ${words.impact(tally.impact, tally.votes)}`, depth: 1 })
  }
  if (conviction) {
    lines.push({ text: words.convictionVote(conviction.voters), depth: 0 })
    for (const round of ['pre', 'final'] as const) {
      const tally = conviction[round]
      if (tally) lines.push({ text: `${words.round[round]}: ${words.roundTally(tally)}`, depth: 1 })
    }
    const minds = byValue(conviction.mindCards)
    if (minds.length > 0) lines.push({ text: `${words.changedMinds}:`, depth: 0 })
    for (const [cardId, count] of minds)
      lines.push({ text: `${name(cardId)} — ${words.members(count)}`, depth: 1 })
  }
  return lines.length > 0 ? { heading: words.votes, lines } : null
}

/** A record's entries, highest value first (ties by key, so the brief never depends on key order). */
function byValue<T>(record: Record<string, T>, valueOf: (entry: T) => number = Number): [string, T][] {
  return Object.entries(record).sort(([a, x], [b, y]) => valueOf(y) - valueOf(x) || a.localeCompare(b))
}
