/** Small boards for the export builders' tests, as plain content. */
import type { Card, Link, Source } from '../../../shared/board/index.ts'
import type { BoardContent } from '../../../server/exports/boardContent.ts'

const TEXT = 'Prices rose in May. Rates rose again in June.'

/** An article; `url` left out when null. */
export function source(id: string, url: string | null = 'https://example.com/a'): Source {
  return {
    id,
    title: `Article ${id}`,
    language: 'en',
    text: TEXT,
    sha256: '0'.repeat(64),
    ...(url ? { url } : {}),
    addedBy: 'Ann',
    addedAt: 1,
  }
}

/** A card made at `createdAt`, quoting "Rates rose" of `sourceId` unless that is null. */
export function card(
  id: string,
  stance: Card['stance'],
  createdAt: number,
  sourceId: string | null = 's1',
): Card {
  const start = TEXT.indexOf('Rates rose')
  return {
    id,
    stance,
    text: `card ${id}`,
    x: 0,
    y: 0,
    team: stance,
    authorId: 'a1',
    authorName: 'Ann',
    createdAt,
    ...(sourceId
      ? {
          excerpt: {
            sourceId,
            start,
            end: start + 10,
            quote: 'Rates rose',
            prefix: TEXT.slice(start - 20, start),
            suffix: TEXT.slice(start + 10, start + 30),
          },
        }
      : {}),
  }
}

/** A link: `from` answers `to`. */
export function link(from: string, to: string, kind: Link['kind'] = 'rebuts'): Link {
  return { id: `${from}-${to}`, from, to, kind }
}

/** A board's content with these parts. */
export function content(parts: Partial<BoardContent>): BoardContent {
  return {
    id: 'board-1',
    meta: { title: 'Board', motion: 'Rates will fall.', createdAt: 1, schemaVersion: 1 },
    sources: [source('s1')],
    cards: [],
    links: [],
    ...parts,
  }
}
