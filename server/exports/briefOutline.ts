/**
 * The debate brief's structure, shared by its Markdown and PDF forms: per side the cards that answer
 * no other card, ranked, each with the threads of cards that rebut or support it nested beneath.
 */
import { LinkKind, Stance, type Card, type Link } from '../../shared/board/index.ts'
import { urlAtPassage } from '../../shared/board/textFragment.ts'
import type { BoardContent } from './boardContent.ts'
import { rankCards } from './rankCards.ts'

/** A card in the brief with what answers it. */
export interface BriefItem {
  card: Card
  /** The title of the article its excerpt quotes. */
  sourceTitle?: string
  /** That article's language (BCP 47), which picks the font face that draws its characters. */
  sourceLanguage?: string
  /** The article's URL with a text fragment that opens it at the passage. */
  passageUrl?: string
  rebuttals: BriefItem[]
  supports: BriefItem[]
}

export interface BriefOutline {
  title: string
  motion: string
  /** The recorded decision; none until the decision step exists. */
  decision?: string
  sides: { stance: Stance; items: BriefItem[] }[]
}

/** The brief of a board's content. */
export function briefOutline(content: BoardContent): BriefOutline {
  const sources = new Map(content.sources.map((source) => [source.id, source]))
  const answered = answersByCard(content.links)
  const answering = new Set(content.links.map((link) => link.from))
  const byId = new Map(content.cards.map((card) => [card.id, card]))
  const placed = new Set<string>()

  const itemOf = (card: Card): BriefItem => {
    placed.add(card.id)
    const source = card.excerpt && sources.get(card.excerpt.sourceId)
    const answers = (kind: LinkKind) =>
      rankCards(
        (answered.get(card.id) ?? [])
          .filter((link) => link.kind === kind)
          .flatMap((link) => byId.get(link.from) ?? []),
      )
        // A card is shown once: a cycle of rebuttals, or a card answering two others, stops here.
        .filter((answer) => !placed.has(answer.id))
        .map(itemOf)
    return {
      card,
      ...(source ? { sourceTitle: source.title, sourceLanguage: source.language } : {}),
      ...(source?.url && card.excerpt ? { passageUrl: urlAtPassage(source.url, card.excerpt) } : {}),
      rebuttals: answers(LinkKind.Rebuts),
      supports: answers(LinkKind.Supports),
    }
  }

  const sideOf = (stance: Stance, roots: (card: Card) => boolean) =>
    rankCards(content.cards.filter((card) => card.stance === stance && roots(card)))
      .filter((card) => !placed.has(card.id))
      .map(itemOf)
  const sides = [Stance.Bull, Stance.Bear].map((stance) => ({
    stance,
    items: sideOf(stance, (card) => !answering.has(card.id)),
  }))
  // Cards that only answer one another in a closed loop have no root: they join their side's end.
  for (const side of sides) side.items.push(...sideOf(side.stance, () => true))
  return { title: content.meta.title, motion: content.meta.motion, sides }
}

function answersByCard(links: readonly Link[]): Map<string, Link[]> {
  const answers = new Map<string, Link[]>()
  for (const link of links) answers.set(link.to, [...(answers.get(link.to) ?? []), link])
  return answers
}
