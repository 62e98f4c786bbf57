/**
 * W3C text fragments (https://wicg.github.io/scroll-to-text-fragment/): a link to an article's
 * original page that makes the browser scroll to and highlight the very passage a card quotes.
 */
import { LIMITS, type Excerpt } from './schema.ts'

/** A Latin quote of at most this many words is sent whole, as `textStart` alone. */
export const WHOLE_QUOTE_MAX_WORDS = 8
/** A longer Latin quote is matched by its first and its last this many words. */
export const EDGE_WORDS = 4
/** A CJK quote of at most this many characters is sent whole. */
export const WHOLE_QUOTE_MAX_CJK = 20
/** A longer CJK quote is matched by its first and its last this many characters. */
export const EDGE_CJK = 8
/** How many words (Latin) of the context disambiguate the match. */
export const CONTEXT_WORDS = 3
/** How many characters (CJK) of the context disambiguate the match. */
export const CONTEXT_CJK = 6

const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u

/** The four parts of a text directive; empty parts are left out of the URL. */
export interface TextDirective {
  prefix: string
  textStart: string
  textEnd: string
  suffix: string
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Whether most of the visible characters are CJK, so that words are not separated by spaces. */
function isMostlyCjk(text: string): boolean {
  const visible = Array.from(text.replace(/\s/g, ''))
  const cjk = visible.filter((char) => CJK.test(char)).length
  return visible.length > 0 && cjk * 2 >= visible.length
}

/**
 * The context next to the quote, cut to whole words (or CJK characters) on the quote's side of the
 * nearest line break: a prefix or suffix may not reach into another paragraph of the original page.
 */
function contextTerm(context: string, side: 'before' | 'after', cjk: boolean): string {
  const lines = context.split(/\r?\n|\r/)
  const line = collapse((side === 'before' ? lines[lines.length - 1] : lines[0]) ?? '')
  if (cjk) {
    const chars = Array.from(line)
    const kept = side === 'before' ? chars.slice(-CONTEXT_CJK) : chars.slice(0, CONTEXT_CJK)
    return kept.join('').trim()
  }
  const words = line.split(' ').filter(Boolean)
  // The context was cut at a fixed length, so its far word may be a fragment of one; a line break, a
  // space or the article's own edge (a context shorter than the cut) at the far end is a true boundary.
  const farEdge = side === 'before' ? /^\s/.test(context) : /\s$/.test(context)
  const bounded = lines.length > 1 || farEdge || context.length < LIMITS.contextLength
  const whole = bounded ? words : side === 'before' ? words.slice(1) : words.slice(0, -1)
  const kept = side === 'before' ? whole.slice(-CONTEXT_WORDS) : whole.slice(0, CONTEXT_WORDS)
  return kept.join(' ')
}

/** Splits a quote into the `textStart` and `textEnd` of a directive: whole when short, its edges when long. */
function quoteTerms(quote: string, cjk: boolean): { textStart: string; textEnd: string } {
  if (cjk) {
    const chars = Array.from(quote)
    if (chars.length <= WHOLE_QUOTE_MAX_CJK) return { textStart: quote, textEnd: '' }
    return {
      textStart: chars.slice(0, EDGE_CJK).join('').trim(),
      textEnd: chars.slice(-EDGE_CJK).join('').trim(),
    }
  }
  const words = quote.split(' ')
  if (words.length <= WHOLE_QUOTE_MAX_WORDS) return { textStart: quote, textEnd: '' }
  return { textStart: words.slice(0, EDGE_WORDS).join(' '), textEnd: words.slice(-EDGE_WORDS).join(' ') }
}

/** The text directive that finds an excerpt's passage on its original page; null for an empty quote. */
export function textDirectiveOf(excerpt: Pick<Excerpt, 'quote' | 'prefix' | 'suffix'>): TextDirective | null {
  const quote = collapse(excerpt.quote)
  if (!quote) return null
  const cjk = isMostlyCjk(quote)
  return {
    prefix: contextTerm(excerpt.prefix, 'before', cjk),
    ...quoteTerms(quote, cjk),
    suffix: contextTerm(excerpt.suffix, 'after', cjk),
  }
}

/**
 * Percent-encodes one term of a text directive: as `encodeURIComponent`, and `-` too, since `-`,
 * `,` and `&` are the directive's own syntax (spec § 3.3.1).
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D')
}

/** The `:~:text=[prefix-,]start[,end][,-suffix]` directive of an excerpt, encoded; '' for an empty quote. */
export function textFragmentOf(excerpt: Pick<Excerpt, 'quote' | 'prefix' | 'suffix'>): string {
  const directive = textDirectiveOf(excerpt)
  if (!directive) return ''
  const parts: string[] = []
  if (directive.prefix) parts.push(`${encodeTextTerm(directive.prefix)}-`)
  parts.push(encodeTextTerm(directive.textStart))
  if (directive.textEnd) parts.push(encodeTextTerm(directive.textEnd))
  if (directive.suffix) parts.push(`-${encodeTextTerm(directive.suffix)}`)
  return `:~:text=${parts.join(',')}`
}

/**
 * The article's URL with the excerpt's text fragment appended after any fragment it already has.
 * @example
 * urlAtPassage('https://example.com/a', { quote: 'rates rose', prefix: 'In May ', suffix: ' again.' })
 * // → 'https://example.com/a#:~:text=In%20May-,rates%20rose,-again.'
 */
export function urlAtPassage(url: string, excerpt: Pick<Excerpt, 'quote' | 'prefix' | 'suffix'>): string {
  const directive = textFragmentOf(excerpt)
  if (!directive) return url
  const hash = url.indexOf('#')
  // An older directive on the stored URL is replaced, not stacked.
  const base = hash === -1 ? url : url.slice(0, hash)
  const fragment = hash === -1 ? '' : url.slice(hash + 1).split(':~:')[0]
  return `${base}#${fragment}${directive}`
}
