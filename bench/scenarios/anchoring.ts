/**
 * Anchoring: milliseconds per excerpt for locateExcerpt on a 500,000-character article, for quotes
 * still at their offsets, moved, edited and gone. The article is the demo articles copied over and
 * over, each copy with its own shuffle of the Chinese characters, so that no passage repeats; the
 * edited copy gets every edit the anchoring fixtures make (tests/fixtures/anchoring/editKinds.ts).
 * Run alone with `npx tsx bench/scenarios/anchoring.ts`; `npm run bench` runs it as one scenario.
 */
import { fileURLToPath } from 'node:url'
import { locateExcerpt, makeExcerpt } from '../../shared/board/excerpt.ts'
import { LIMITS, type Excerpt } from '../../shared/board/schema.ts'
import {
  chooseQuotes,
  DEMO_ARTICLES,
  readArticle,
  splitSentences,
  stillPresent,
} from '../../tests/fixtures/anchoring/articles.ts'
import * as kinds from '../../tests/fixtures/anchoring/editKinds.ts'
import { applyEdits, mergeEdits } from '../../tests/fixtures/anchoring/editScript.ts'
import { percentile } from '../report/statistics.ts'
import { formatRatio, printTable } from '../report/table.ts'
import type { Scenario } from './scenario.ts'

const TITLE = 'Anchoring an excerpt in a 500,000-character article (ms per excerpt, lower is better)'
const HEADINGS = ['excerpts', 'count', 'mean', 'p95', 'slowest', 'mean vs budget']

function elapsedMs(start: number): number {
  return performance.now() - start
}

const ARTICLE_LENGTH = LIMITS.sourceTextLength
const BUDGET_MS = 50
/** Every how many quotes one is timed: a few hundred per kind. */
const SAMPLE_EVERY = 7

/** A permutation of `chars` that depends on `seed` (a linear congruential shuffle). */
function shuffle(chars: string[], seed: number): string[] {
  const out = [...chars]
  let state = seed * 2_654_435_761
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    const j = state % (i + 1)
    ;[out[i], out[j]] = [out[j] as string, out[i] as string]
  }
  return out
}

/** The demo articles, copied with a different shuffle of their Chinese characters until 500,000 long. */
export function buildArticle(): string {
  const source = DEMO_ARTICLES.map(readArticle).join('\n')
  const han = [...new Set(source.match(/\p{Script=Han}/gu))]
  const copies: string[] = []
  let length = 0
  for (let copy = 0; length < ARTICLE_LENGTH; copy++) {
    const map = new Map(shuffle(han, copy + 1).map((to, index) => [han[index] as string, to]))
    const text = source.replace(/\p{Script=Han}/gu, (char) => map.get(char) ?? char) + '\n'
    copies.push(text)
    length += text.length
  }
  return copies.join('').slice(0, ARTICLE_LENGTH)
}

const Kind = {
  Exact: 'exact (at its offsets)',
  Moved: 'moved (verbatim elsewhere)',
  Edited: 'edited',
  Missing: 'missing (passage deleted)',
} as const
type Kind = (typeof Kind)[keyof typeof Kind]

interface Sample {
  kind: Kind
  text: string
  excerpt: Excerpt
  expected: [number, number] | null
}

/** Quotes of the article, each sorted by what the edits did to it. */
function buildSamples(article: string): Sample[] {
  const sentences = splitSentences(article)
  const edited = applyEdits(
    article,
    mergeEdits(
      kinds.deleteSentences(article, sentences),
      kinds.fixTypos(article, sentences),
      kinds.toHalfWidth(article),
      kinds.toCornerQuotes(article),
      kinds.insertLineBreaks(article, sentences),
      kinds.spaceCjkLatin(article),
      kinds.insertParagraphs(article, sentences),
    ),
  )
  const samples: Sample[] = []
  chooseQuotes(article, sentences).forEach((quote, index) => {
    if (index % SAMPLE_EVERY !== 0) return
    const excerpt = makeExcerpt('article', article, quote.start, quote.end)
    const expected = edited.mapRange(quote.start, quote.end)
    // As in the fixtures: a deleted quote whose words stand elsewhere too is not gone.
    if (!expected && stillPresent(edited.text, excerpt.quote)) return
    const kind = !expected
      ? Kind.Missing
      : edited.text.slice(expected[0], expected[1]) === excerpt.quote
        ? Kind.Moved
        : Kind.Edited
    samples.push({ kind, text: edited.text, excerpt, expected })
    if (index % (SAMPLE_EVERY * 3) === 0)
      samples.push({ kind: Kind.Exact, text: article, excerpt, expected: [quote.start, quote.end] })
  })
  return samples
}

/** Times locateExcerpt on every sample (the text already prepared), and checks where it landed. */
function timeSamples(samples: readonly Sample[]) {
  const byKind = new Map<Kind, { ms: number[]; right: number }>()
  for (const sample of samples) {
    const start = performance.now()
    const found = locateExcerpt(sample.text, sample.excerpt)
    const ms = elapsedMs(start)
    const entry = byKind.get(sample.kind) ?? { ms: [], right: 0 }
    entry.ms.push(ms)
    const right = found
      ? sample.expected?.[0] === found.start && sample.expected[1] === found.end
      : sample.expected === null
    if (right) entry.right++
    byKind.set(sample.kind, entry)
  }
  return byKind
}

/** Times every kind of excerpt; rows as printed, one per kind. */
export function measureAnchoring(): { rows: string[][]; notes: string[] } {
  const article = buildArticle()
  const samples = buildSamples(article)
  const firstEdited = samples.find((sample) => sample.kind === Kind.Edited)
  if (!firstEdited) throw new Error('the edits changed no sampled quote')
  // The first edited excerpt on a text normalises it and builds its trigram index; later ones reuse both.
  const coldStart = performance.now()
  locateExcerpt(`${firstEdited.text} `, firstEdited.excerpt)
  const coldMs = elapsedMs(coldStart)
  timeSamples(samples) // warm-up: the JIT, and the prepared text
  const byKind = timeSamples(samples)
  const rows: string[][] = []
  const notes = [
    `a ${article.length.toLocaleString('en-US')}-character article; the edited copy has typos fixed, ` +
      'punctuation and quote marks changed, line breaks and spaces inserted, paragraphs inserted, sentences deleted',
    `first edited excerpt on a new text (normalising and indexing it): ${coldMs.toFixed(1)} ms`,
    'the article repeats the demo articles, so some passages (an English disclaimer) are identical' +
      ' with identical context: there only the position, shifted by the edits, can choose',
  ]
  for (const kind of Object.values(Kind)) {
    const entry = byKind.get(kind)
    if (!entry) continue
    const sorted = Float64Array.from(entry.ms).sort()
    const mean = entry.ms.reduce((sum, ms) => sum + ms, 0) / entry.ms.length
    rows.push([
      kind,
      String(entry.ms.length),
      mean.toFixed(2),
      percentile(sorted, 0.95).toFixed(2),
      Math.max(...entry.ms).toFixed(1),
      `${formatRatio(mean, BUDGET_MS)} of ${BUDGET_MS} ms`,
    ])
    notes.push(`${kind}: ${entry.right} of ${entry.ms.length} located as the edit script says`)
  }
  return { rows, notes }
}

/** The anchoring engine's speed, measured in this process: no server takes part. */
export const anchoringScenario: Scenario = {
  id: 'anchoring',
  title: () => TITLE,
  async run() {
    const { rows, notes } = measureAnchoring()
    return { id: 'anchoring', title: TITLE, headings: HEADINGS, rows, notes, servers: {}, data: rows }
  },
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { rows, notes } = measureAnchoring()
  printTable(TITLE, HEADINGS, rows, notes)
}
