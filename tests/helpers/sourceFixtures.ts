/** The article files of the import tests (tests/fixtures/sources/; the PDFs come from scripts/makePdfFixtures.ts). */
import fs from 'node:fs'

const dir = new URL('../fixtures/sources/', import.meta.url)

/** The bytes of a fixture file. */
export function sourceFixture(name: string): Buffer {
  return fs.readFileSync(new URL(name, dir))
}

/** The blocks of an article as rows `[kind, text]` (plus level or marker), easy to read in a table. */
export function blockRows(article: {
  text: string
  blocks?: { kind: string; start: number; end: number; level?: number; marker?: string }[]
}): string[][] {
  return (article.blocks ?? []).map((b) => [
    b.kind + (b.level ? b.level : '') + (b.marker ? ` ${b.marker}` : ''),
    article.text.slice(b.start, b.end),
  ])
}
