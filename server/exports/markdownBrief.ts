/** The debate brief as Markdown (`GET /api/boards/:id/export.md`), built from its outline. */
import {
  BRIEF_STRINGS,
  pagesAfterTitle,
  scoreText,
  type BriefLanguage,
  type BriefStrings,
} from './briefStrings.ts'
import type { BriefItem, BriefOutline } from './briefOutline.ts'
import { briefSections, type BriefSection } from './briefSections.ts'

/** Escapes the characters that would turn a person's text into Markdown syntax or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`)
}

/** A URL safe inside `[…](…)`: its spaces and parentheses percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29')
}

/** The Markdown of a brief, its headings and labels in `lang`. */
export function markdownBrief(outline: BriefOutline, lang: BriefLanguage): string {
  const words = BRIEF_STRINGS[lang]
  const lines = [`# ${escapeMarkdown(outline.title)}`, '']
  if (outline.motion) lines.push(`**${words.motion}:** ${escapeMarkdown(outline.motion)}`, '')
  const sections = briefSections(outline, words)
  for (const section of sections.before) lines.push(...sectionLines(section))
  for (const side of outline.sides) {
    lines.push(`## ${words.side[side.stance]}`, '')
    if (side.items.length === 0) lines.push(words.noCards, '')
    side.items.forEach((item, index) => lines.push(...itemLines(item, `${index + 1}.`, '', words), ''))
  }
  for (const section of sections.after) lines.push(...sectionLines(section))
  return `${lines.join('\n').trimEnd()}\n`
}

/** A section: its heading, paragraphs, list items, and the quotes and sources beneath them. */
function sectionLines(section: BriefSection): string[] {
  const lines = [`## ${escapeMarkdown(section.heading)}`, '']
  for (const line of section.lines) {
    const text = line.text
      .split(/\r?\n/)
      .map(escapeMarkdown)
      .join(line.depth === 0 ? '\n' : '\n  ')
    const link = line.link ? ` — [${escapeMarkdown(line.link.label)}](${linkTarget(line.link.url)})` : ''
    if (line.depth === 0) lines.push(`${text}${link}`, '')
    else if (line.depth === 1) lines.push(`- ${line.marker ?? ''}${text}${link}`, '')
    else if (line.quote)
      lines.push(...line.text.split(/\r?\n/).map((part) => `  > ${escapeMarkdown(part)}`), '')
    else lines.push(`  ${text}${link}`, '')
  }
  return lines
}

/** A card as a list item (`marker` is `1.` or `-`) at `indent`, its quote, source and answers beneath. */
function itemLines(item: BriefItem, marker: string, indent: string, words: BriefStrings): string[] {
  const inner = indent + ' '.repeat(marker.length + 1)
  const text = item.card.text.trim() || words.untitledCard
  const [first = '', ...rest] = text.split(/\r?\n/)
  const lines = [
    `${indent}${marker} ${escapeMarkdown(first)}`,
    ...rest.map((l) => `${inner}${escapeMarkdown(l)}`),
  ]
  if (item.score) lines.push('', `${inner}*${escapeMarkdown(scoreText(item.score, words))}*`)
  const quote = item.card.excerpt?.quote
  if (quote) {
    lines.push('', ...quote.split(/\r?\n/).map((line) => `${inner}> ${escapeMarkdown(line)}`))
  }
  if (item.sourceTitle) {
    const title = `*${escapeMarkdown(item.sourceTitle)}*${pagesAfterTitle(item, words)}`
    const link = item.passageUrl ? ` — [${words.openAtPassage}](${linkTarget(item.passageUrl)})` : ''
    lines.push('', `${inner}${words.source}: ${title}${link}`)
  }
  for (const [label, answers] of [
    [words.rebuttals, item.rebuttals],
    [words.supports, item.supports],
  ] as const) {
    if (answers.length === 0) continue
    lines.push('', `${inner}${label}:`, '')
    for (const answer of answers) lines.push(...itemLines(answer, '-', inner, words))
  }
  return lines
}
