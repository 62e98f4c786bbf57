/** The six things the Export menu makes, where each comes from, and the file name each is saved as. */

export const ExportKind = {
  BriefMarkdown: 'briefMarkdown',
  BriefPdf: 'briefPdf',
  BoardJson: 'boardJson',
  Annotations: 'annotations',
  ImageView: 'imageView',
  ImageBoard: 'imageBoard',
} as const
export type ExportKind = (typeof ExportKind)[keyof typeof ExportKind]

/** In the menu's order. */
export const EXPORT_KINDS: readonly ExportKind[] = Object.values(ExportKind)

/** The languages the server writes a brief in. */
export type BriefLanguage = 'en' | 'zh-Hans' | 'zh-Hant'

interface ServerFile {
  format: 'md' | 'pdf' | 'json' | 'jsonld'
  /** Whether the server writes it in a language (`?lang=`). */
  translated: boolean
}

const SERVER_FILES: Partial<Record<ExportKind, ServerFile>> = {
  briefMarkdown: { format: 'md', translated: true },
  briefPdf: { format: 'pdf', translated: true },
  boardJson: { format: 'json', translated: false },
  annotations: { format: 'jsonld', translated: false },
}

const FILE_ENDINGS: Record<ExportKind, string> = {
  briefMarkdown: '-brief.md',
  briefPdf: '-brief.pdf',
  boardJson: '-board.json',
  annotations: '-annotations.jsonld',
  imageView: '-view.png',
  imageBoard: '-board.png',
}

/** Whether the browser draws it (a PNG) rather than the server sending it. */
export function isImage(kind: ExportKind): boolean {
  return SERVER_FILES[kind] === undefined
}

/** The brief's language for the UI's language; English for any other. */
export function briefLanguageOf(language: string): BriefLanguage {
  return language === 'zh-Hans' || language === 'zh-Hant' ? language : 'en'
}

/** The API path of a server-made export, in the UI's language where it has one; undefined for an image. */
export function exportPath(boardId: string, kind: ExportKind, language: string): string | undefined {
  const file = SERVER_FILES[kind]
  if (!file) return undefined
  const path = `/api/boards/${encodeURIComponent(boardId)}/export.${file.format}`
  return file.translated ? `${path}?lang=${briefLanguageOf(language)}` : path
}

const MAX_BASE_LENGTH = 80
// Characters no common file system accepts in a name, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g

/**
 * The file name of an export: the board's title made safe for any file system (Chinese kept), or the
 * board's id when nothing of the title is left, then what the file is.
 * @example exportFileName('AI: boom or bust?', 'briefPdf', 'abc') === 'AI-boom-or-bust-brief.pdf'
 */
export function exportFileName(title: string, kind: ExportKind, boardId: string): string {
  const safe = title.replace(UNSAFE, ' ').trim().split(/\s+/).join('-').replace(/-{2,}/g, '-')
  // Cut by code points so that no Chinese character or emoji is split in half.
  const cut = [...safe].slice(0, MAX_BASE_LENGTH).join('')
  // A name starting with a dot is hidden, one ending in a dot or dash looks cut.
  const base = cut.replace(/^[.-]+|[.-]+$/g, '')
  return `${base || boardId || 'board'}${FILE_ENDINGS[kind]}`
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const

/** A byte count for people: 900 B, 12 KB, 1.5 MB. */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1
  return `${value.toFixed(digits)} ${UNITS[unit]}`
}
