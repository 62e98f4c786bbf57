/**
 * The cards as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/), served as
 * `GET /api/boards/:id/export.jsonld`: one Annotation per card that quotes an article, targeting the
 * passage by quote and by position, its text as a comment and its stance and team as tags
 * (`stance:bull`, `team:bear`).
 */
import type { Card, Source } from '../../shared/board/index.ts'
import type { BoardContent } from './boardContent.ts'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

interface TextualBody {
  type: 'TextualBody'
  value: string
  purpose: 'commenting' | 'tagging'
  format?: 'text/plain'
  language?: string
}

export interface Annotation {
  id: string
  type: 'Annotation'
  motivation: 'commenting' | 'tagging'
  created: string
  body: TextualBody[]
  target: {
    source: string
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ]
  }
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] }
}

/** A `urn:` naming a board, or something on it, for what has no web address. */
export function boardUrn(boardId: string, ...path: string[]): string {
  return ['urn:debate-board', boardId, ...path].join(':')
}

/** The collection of a board's annotations; `collectionId` is the URL it is served at. */
export function webAnnotations(content: BoardContent, collectionId: string): AnnotationCollection {
  const sources = new Map(content.sources.map((source) => [source.id, source]))
  const items = content.cards.flatMap((card) => {
    const source = card.excerpt && sources.get(card.excerpt.sourceId)
    return source ? [annotationOf(content.id, card, source)] : []
  })
  return {
    '@context': ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: content.meta.title,
    total: items.length,
    first: { id: `${collectionId}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  }
}

function annotationOf(boardId: string, card: Card, source: Source): Annotation {
  const { start, end, quote, prefix, suffix } = card.excerpt!
  const text = card.text.trim()
  // Prefixed, so that a team named like a side still reads as a team.
  const tags = [`stance:${card.stance}`, ...(card.team ? [`team:${card.team}`] : [])]
  return {
    id: boardUrn(boardId, 'card', card.id),
    type: 'Annotation',
    // A card without text only sorts the passage onto a side; one with text comments on it.
    motivation: text ? 'commenting' : 'tagging',
    created: new Date(card.createdAt).toISOString(),
    body: [
      ...(text
        ? [{ type: 'TextualBody', value: card.text, format: 'text/plain', purpose: 'commenting' } as const]
        : []),
      ...tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' }) as const),
    ],
    target: {
      // The positions count UTF-16 units of the text the board stored, which is what `source` names
      // when the article has no URL; on a web page they may drift, so the quote comes first.
      source: source.url ?? boardUrn(boardId, 'source', source.id),
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix, suffix },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  }
}
