/**
 * A web page as an article: jsdom parses it (scripts never run, nothing is loaded), Mozilla's
 * Readability (Firefox Reader View) keeps the main content, and the content's elements are laid out as
 * plain text with blocks. jsdom rather than linkedom because it is the DOM Readability is developed and
 * tested against, and it decodes legacy charsets (GBK, Big5) from `<meta charset>` as browsers do.
 */
import { Readability } from '@mozilla/readability'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import { BlockKind } from '../../../shared/sources/importedArticle.ts'
import { ArticleTextBuilder } from './ArticleTextBuilder.ts'
import type { ParsedArticle } from './parsedArticle.ts'

// Readability's time grows faster than the page: here ~2 s for 2,000 paragraphs, minutes for 26,000.
// A page past this many elements is refused at once rather than fill the reader's time limit.
const MAX_ELEMENTS = 50_000

const BLOCK_OF_TAG: Partial<Record<string, BlockKind>> = {
  P: BlockKind.Paragraph,
  BLOCKQUOTE: BlockKind.Quote,
  FIGCAPTION: BlockKind.Paragraph,
  DT: BlockKind.Paragraph,
  DD: BlockKind.Paragraph,
  TR: BlockKind.Paragraph,
}
const INLINE_OF_TAG: Partial<Record<string, BlockKind>> = {
  EM: BlockKind.Emphasis,
  I: BlockKind.Emphasis,
  STRONG: BlockKind.Strong,
  B: BlockKind.Strong,
  CODE: BlockKind.InlineCode,
}
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IMG', 'SVG', 'IFRAME', 'BUTTON'])
const BREAKS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'TABLE',
  'UL',
  'OL',
  'FIGURE',
])

/**
 * The main content of an HTML page. `contentType` may carry the charset the server declared; `url`
 * (when fetched) lets Readability resolve the page's own links.
 */
export async function parseHtml(
  bytes: Uint8Array,
  options: { contentType?: string; url?: string } = {},
): Promise<ParsedArticle> {
  // Loaded on the first web page, not at start-up: jsdom takes seconds to load on a busy machine.
  const { JSDOM, VirtualConsole } = await import('jsdom')
  const dom = new JSDOM(Buffer.from(bytes), {
    contentType: htmlContentType(options.contentType, bytes),
    ...(options.url ? { url: options.url } : {}),
    // Markup and CSS errors in someone else's page are not the server's to log.
    virtualConsole: new VirtualConsole(),
  })
  try {
    return readMainContent(dom.window.document)
  } finally {
    dom.window.close()
  }
}

function readMainContent(document: Document): ParsedArticle {
  const pageTitle = document.title
  let article: ReturnType<Readability<Node>['parse']>
  try {
    article = new Readability(document, { serializer: (node) => node, maxElemsToParse: MAX_ELEMENTS }).parse()
  } catch {
    throw new BoardError(
      ErrorCode.TooLarge,
      'This page is too large to be read as an article; save the part you need as a file.',
    )
  }
  if (!article?.content) throw new BoardError(ErrorCode.NotAnArticle, 'No article was found on this page.')
  const builder = new ArticleTextBuilder()
  layOutChildren(builder, article.content)
  const { text, blocks } = builder.finish()
  return { title: article.title?.trim() || pageTitle.trim() || undefined, text, blocks }
}

/**
 * The charset the server declared wins, as in browsers; else the page's `<meta charset>` decides. A page
 * that declares nothing is read as UTF-8 when it is valid UTF-8 (nearly every such page today; saved
 * files lose their HTTP header), rather than as the windows-1252 of the HTML standard's last resort.
 */
function htmlContentType(declared: string | undefined, bytes: Uint8Array) {
  const charset = /;\s*charset=("?)([\w-]+)\1/i.exec(declared ?? '')?.[2]
  if (charset) return `text/html; charset=${charset}`
  return !declaresCharset(bytes) && isUtf8(bytes) ? 'text/html; charset=utf-8' : 'text/html'
}

// Where a page states its own encoding: a byte-order mark or a <meta> in its first 1024 bytes.
function declaresCharset(bytes: Uint8Array) {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  return /^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/.test(head) || /<meta[^>]+charset/i.test(head)
}

function isUtf8(bytes: Uint8Array) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

function layOut(builder: ArticleTextBuilder, node: Node): void {
  if (node.nodeType === node.TEXT_NODE) return builder.appendText(node.textContent ?? '')
  if (node.nodeType !== node.ELEMENT_NODE) return
  const element = node as Element
  const tag = element.tagName.toUpperCase()
  if (SKIPPED.has(tag) || element.getAttribute('aria-hidden') === 'true') return
  const heading = /^H([1-6])$/.exec(tag)
  const fill = () => layOutChildren(builder, element)
  if (heading) return builder.block(BlockKind.Heading, fill, { level: Number(heading[1]) })
  if (tag === 'LI') return builder.block(BlockKind.ListItem, fill, { marker: listMarker(element) })
  if (tag === 'PRE') {
    const code = (element.textContent ?? '').replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '')
    return builder.block(BlockKind.Code, () => builder.appendVerbatim(code))
  }
  const block = BLOCK_OF_TAG[tag]
  if (block) return builder.block(block, fill)
  const inline = INLINE_OF_TAG[tag]
  if (inline) return builder.inline(inline, fill)
  if (tag === 'BR') return builder.breakLine()
  if (tag === 'TD' || tag === 'TH') builder.appendText(' ')
  if (!BREAKS.has(tag)) return fill()
  builder.breakLine()
  fill()
  builder.breakLine()
}

function layOutChildren(builder: ArticleTextBuilder, parent: Node) {
  for (const child of parent.childNodes) layOut(builder, child)
}

function listMarker(item: Element): string {
  const list = item.parentElement
  if (list?.tagName.toUpperCase() !== 'OL') return '•'
  const siblings = [...list.children].filter((child) => child.tagName.toUpperCase() === 'LI')
  const start = Number(list.getAttribute('start') ?? 1)
  return `${(Number.isFinite(start) ? start : 1) + siblings.indexOf(item)}.`
}
