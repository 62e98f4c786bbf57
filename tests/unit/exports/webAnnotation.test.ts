import { describe, expect, it } from 'vitest'
import { ANNOTATION_CONTEXT, webAnnotations } from '../../../server/exports/webAnnotation.ts'
import { card, content, source } from './content.ts'

const URL_OF = 'https://board.example/api/boards/board-1/export.jsonld'

describe('the Web Annotation export', () => {
  it('[EX5] makes one Annotation per quoting card, by quote and by position', () => {
    const quoting = card('a', 'bear', 1000)
    const collection = webAnnotations(content({ cards: [quoting, card('b', 'bull', 2, null)] }), URL_OF)
    expect(collection).toMatchObject({
      '@context': ANNOTATION_CONTEXT,
      id: URL_OF,
      type: 'AnnotationCollection',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0 },
    })
    const { start, end, quote, prefix, suffix } = quoting.excerpt!
    expect(collection.first.items).toEqual([
      {
        id: 'urn:debate-board:board-1:card:a',
        type: 'Annotation',
        motivation: 'commenting',
        created: '1970-01-01T00:00:01.000Z',
        body: [
          { type: 'TextualBody', value: 'card a', format: 'text/plain', purpose: 'commenting' },
          { type: 'TextualBody', value: 'stance:bear', purpose: 'tagging' },
          { type: 'TextualBody', value: 'team:bear', purpose: 'tagging' },
        ],
        target: {
          source: 'https://example.com/a',
          selector: [
            { type: 'TextQuoteSelector', exact: quote, prefix, suffix },
            { type: 'TextPositionSelector', start, end },
          ],
        },
      },
    ])
  })

  it.each([
    [
      'an article without a URL is named by a urn',
      { ...card('a', 'bull', 1), text: 'x' },
      'urn:debate-board:board-1:source:s1',
      'commenting',
      3,
    ],
    [
      'a card without text or team only tags',
      { ...card('a', 'bull', 1), text: ' ', team: undefined },
      'urn:debate-board:board-1:source:s1',
      'tagging',
      1,
    ],
  ])('[EX5] %s', (_name, quoting, target, motivation, bodies) => {
    const { team: _team, ...withoutTeam } = quoting
    const [annotation] = webAnnotations(
      content({ sources: [source('s1', null)], cards: [quoting.team ? quoting : withoutTeam] }),
      URL_OF,
    ).first.items
    expect(annotation!.target.source).toBe(target)
    expect(annotation!.motivation).toBe(motivation)
    expect(annotation!.body).toHaveLength(bodies)
  })
})
