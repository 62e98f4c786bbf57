/**
 * The debate brief's structure, shared by its Markdown and PDF forms: per side the cards that answer
 * no other card, ranked, each with the threads of cards that rebut or support it nested beneath.
 */
import { CardKind, LinkKind, Stance, type Card, type Link, type Source } from '../../shared/board/index.ts'
import { cachedAnchoring } from '../../shared/board/anchoring/anchoringCache.ts'
import { urlAtPassage } from '../../shared/board/textFragment.ts'
import { citedPages, type CitedPages } from '../../shared/sources/citedPages.ts'
import type { Outcome } from '../../shared/debate/decision.ts'
import type { VoteResults } from '../../shared/debate/voteResults.ts'
import type { BoardContent } from './boardContent.ts'
import { cardScores, rankCards, type CardScore } from './rankCards.ts'

/** A card in the brief with what answers it. */
export interface BriefItem {
  card: Card
  /** The title of the article its excerpt quotes. */
  sourceTitle?: string
  /** That article's language (BCP 47), which picks the font face that draws its characters. */
  sourceLanguage?: string
  /** The article's URL with a text fragment that opens it at the passage. */
  passageUrl?: string
  /** The PDF pages the passage is on, when the article is a PDF and the passage is found in it. */
  pages?: CitedPages
  /** What the revealed vote scored it, once a vote is revealed. */
  score?: CardScore
  rebuttals: BriefItem[]
  supports: BriefItem[]
}

/** A card the brief refers to outside the sides: cited by the decision, or a falsifier. */
export type BriefReference = Pick<
  BriefItem,
  'card' | 'sourceTitle' | 'sourceLanguage' | 'passageUrl' | 'pages'
>

export interface BriefOutline {
  title: string
  motion: string
  /** The recorded decision, its cited cards in the order cited (those since removed left out). */
  decision?: { outcome: Outcome; rationale: string; cited: BriefReference[] }
  /** Falsifier cards, soonest review date first (those without one last), then oldest first. */
  falsifiers: BriefReference[]
  sides: { stance: Stance; items: BriefItem[] }[]
  /** The aggregates of every revealed vote, with the cards they name. */
  votes: VoteResults
  /** Every card by id, to name the cards the vote summary lists. */
  cardsById: ReadonlyMap<string, Card>
}

/** The brief of a board's content. */
export function briefOutline(content: BoardContent): BriefOutline {
  const sources = new Map(content.sources.map((source) => [source.id, source]))
  const referenceOf = (card: Card): BriefReference => {
    const source = card.excerpt && sources.get(card.excerpt.sourceId)
    return {
      card,
      ...(source ? { sourceTitle: source.title, sourceLanguage: source.language } : {}),
      ...(source?.url && card.excerpt ? { passageUrl: urlAtPassage(source.url, card.excerpt) } : {}),
      ...pagesOf(source, card),
    }
  }
  const allById = new Map(content.cards.map((card) => [card.id, card]))
  const isFalsifier = (card: Card) => card.kind === CardKind.Falsifier
  // Falsifiers have their own section: the sides list the arguments.
  const argumentCards = content.cards.filter((card) => !isFalsifier(card))
  const answered = answersByCard(content.links)
  const answering = new Set(content.links.map((link) => link.from))
  const byId = new Map(argumentCards.map((card) => [card.id, card]))
  const placed = new Set<string>()
  const results = content.session?.results ?? {}
  const score = cardScores(results)

  const itemOf = (card: Card): BriefItem => {
    placed.add(card.id)
    const answers = (kind: LinkKind) =>
      rankCards(
        (answered.get(card.id) ?? [])
          .filter((link) => link.kind === kind)
          .flatMap((link) => byId.get(link.from) ?? []),
        score,
      )
        // A card is shown once: a cycle of rebuttals, or a card answering two others, stops here.
        .filter((answer) => !placed.has(answer.id))
        .map(itemOf)
    return {
      ...referenceOf(card),
      ...(score ? { score: score(card.id) } : {}),
      rebuttals: answers(LinkKind.Rebuts),
      supports: answers(LinkKind.Supports),
    }
  }

  const sideOf = (stance: Stance, roots: (card: Card) => boolean) =>
    rankCards(
      argumentCards.filter((card) => card.stance === stance && roots(card)),
      score,
    )
      .filter((card) => !placed.has(card.id))
      .map(itemOf)
  const sides = [Stance.Bull, Stance.Bear].map((stance) => ({
    stance,
    items: sideOf(stance, (card) => !answering.has(card.id)),
  }))
  // Cards that only answer one another in a closed loop have no root: they join their side's end.
  for (const side of sides) side.items.push(...sideOf(side.stance, () => true))
  const decision = content.session?.decision
  return {
    title: content.meta.title,
    motion: content.meta.motion,
    ...(decision
      ? {
          decision: {
            outcome: decision.outcome,
            rationale: decision.rationale,
            cited: decision.cardIds.flatMap((id) => allById.get(id) ?? []).map(referenceOf),
          },
        }
      : {}),
    falsifiers: content.cards.filter(isFalsifier).sort(byReviewDate).map(referenceOf),
    sides,
    votes: results,
    cardsById: allById,
  }
}

/** The pages of a PDF article the card's passage is on, where it is now (a new version may move it). */
function pagesOf(source: Source | undefined, card: Card): { pages?: CitedPages } {
  if (!source || !source.pages || !card.excerpt) return {}
  const { range } = cachedAnchoring(source.text, card.excerpt)
  const pages = range ? citedPages(source.pages, range) : undefined
  return pages ? { pages } : {}
}

/** Soonest review date first, cards without one after; then oldest first (`content.cards` order). */
function byReviewDate(a: Card, b: Card): number {
  if (a.reviewDate === b.reviewDate) return 0
  if (a.reviewDate === undefined) return 1
  if (b.reviewDate === undefined) return -1
  return a.reviewDate.localeCompare(b.reviewDate)
}

function answersByCard(links: readonly Link[]): Map<string, Link[]> {
  const answers = new Map<string, Link[]>()
  for (const link of links) answers.set(link.to, [...(answers.get(link.to) ?? []), link])
  return answers
}
