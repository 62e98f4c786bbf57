/**
 * A Markdown file as formatted text: parsed to a syntax tree by mdast-util-from-markdown (CommonMark),
 * then laid out as plain text with heading, paragraph, list, quote, code and emphasis blocks over it.
 * Images, raw HTML and link targets are left out: the reader shows text only.
 */
import type { Nodes, Parents } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { BlockKind } from '../../../shared/sources/importedArticle.ts'
import { ArticleTextBuilder } from './ArticleTextBuilder.ts'
import type { ParsedArticle } from './parsedArticle.ts'
import { decodeUtf8Text } from './parseText.ts'

/** The text, blocks and title (its first heading) of a Markdown file. */
export function parseMarkdown(bytes: Uint8Array): ParsedArticle {
  const tree = fromMarkdown(decodeUtf8Text(bytes))
  const builder = new ArticleTextBuilder()
  layOut(builder, tree)
  const { text, blocks } = builder.finish()
  const heading = blocks.find((b) => b.kind === BlockKind.Heading)
  return { title: heading ? text.slice(heading.start, heading.end) : undefined, text, blocks }
}

function layOut(builder: ArticleTextBuilder, node: Nodes): void {
  switch (node.type) {
    case 'heading':
      return builder.block(BlockKind.Heading, () => layOutChildren(builder, node), { level: node.depth })
    case 'paragraph':
      return builder.block(BlockKind.Paragraph, () => layOutChildren(builder, node))
    case 'blockquote':
      return builder.block(BlockKind.Quote, () => layOutChildren(builder, node))
    case 'list':
      return node.children.forEach((item, i) => {
        const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '•'
        builder.block(BlockKind.ListItem, () => layOutChildren(builder, item), { marker })
      })
    case 'code':
      return builder.block(BlockKind.Code, () => builder.appendVerbatim(node.value))
    case 'emphasis':
      return builder.inline(BlockKind.Emphasis, () => layOutChildren(builder, node))
    case 'strong':
      return builder.inline(BlockKind.Strong, () => layOutChildren(builder, node))
    case 'inlineCode':
      return builder.inline(BlockKind.InlineCode, () => builder.appendVerbatim(node.value))
    case 'text':
      return builder.appendText(node.value)
    case 'break':
      return builder.breakLine()
    // Not text a reader quotes: pictures, raw HTML, link definitions, rules.
    case 'image':
    case 'imageReference':
    case 'html':
    case 'definition':
    case 'thematicBreak':
      return
    default:
      if ('children' in node) layOutChildren(builder, node)
  }
}

function layOutChildren(builder: ArticleTextBuilder, node: Parents) {
  for (const child of node.children) layOut(builder, child)
}
