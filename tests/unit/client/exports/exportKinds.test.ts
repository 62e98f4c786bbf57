import { describe, expect, it } from 'vitest'
import {
  EXPORT_KINDS,
  ExportKind,
  briefLanguageOf,
  exportFileName,
  exportPath,
  formatBytes,
  isImage,
} from '../../../../client/exports/exportKinds.ts'
import { exportsStrings } from '../../../../client/exports/strings.ts'

describe('XM2 export file names', () => {
  it.each([
    ['AI: boom or bust?', ExportKind.BriefMarkdown, 'AI-boom-or-bust-brief.md'],
    ['AI: boom or bust?', ExportKind.BriefPdf, 'AI-boom-or-bust-brief.pdf'],
    ['Is the AI boom sustainable?', ExportKind.BoardJson, 'Is-the-AI-boom-sustainable-board.json'],
    ['人工智能热潮能持续吗？', ExportKind.Annotations, '人工智能热潮能持续吗？-annotations.jsonld'],
    ['a/b\\c*d', ExportKind.ImageView, 'a-b-c-d-view.png'],
    ['  spaced   out  ', ExportKind.ImageBoard, 'spaced-out-board.png'],
    ['...hidden.', ExportKind.BriefMarkdown, 'hidden-brief.md'],
    ['???', ExportKind.BriefMarkdown, 'b1-brief.md'],
    ['', ExportKind.BoardJson, 'b1-board.json'],
    ['line\nbreak\ttab', ExportKind.BriefMarkdown, 'line-break-tab-brief.md'],
  ])('names "%s" as %s → %s', (title, kind, name) => {
    expect(exportFileName(title, kind, 'b1')).toBe(name)
  })

  it('cuts a long title at 80 characters without splitting a character', () => {
    const name = exportFileName('辩'.repeat(200), ExportKind.BriefMarkdown, 'b1')
    expect(name).toBe(`${'辩'.repeat(80)}-brief.md`)
    const emoji = exportFileName('😀'.repeat(100), ExportKind.BriefMarkdown, 'b1')
    expect([...emoji.replace('-brief.md', '')]).toHaveLength(80)
    expect(emoji).not.toMatch(/\uFFFD/)
  })

  it('gives every kind its own ending', () => {
    const names = EXPORT_KINDS.map((kind) => exportFileName('T', kind, 'b1'))
    expect(new Set(names).size).toBe(EXPORT_KINDS.length)
  })
})

describe('XM1 export paths', () => {
  it.each([
    [ExportKind.BriefMarkdown, 'zh-Hant', '/api/boards/b%201/export.md?lang=zh-Hant'],
    [ExportKind.BriefPdf, 'zh-Hans', '/api/boards/b%201/export.pdf?lang=zh-Hans'],
    [ExportKind.BriefMarkdown, 'fr', '/api/boards/b%201/export.md?lang=en'],
    [ExportKind.BoardJson, 'zh-Hans', '/api/boards/b%201/export.json'],
    [ExportKind.Annotations, 'en', '/api/boards/b%201/export.jsonld'],
    [ExportKind.ImageView, 'en', undefined],
    [ExportKind.ImageBoard, 'en', undefined],
  ])('%s in %s comes from %s', (kind, language, path) => {
    expect(exportPath('b 1', kind, language)).toBe(path)
    expect(isImage(kind)).toBe(path === undefined)
  })

  it.each([
    ['en', 'en'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hant', 'zh-Hant'],
    ['de', 'en'],
  ])('writes the brief for a %s UI in %s', (ui, brief) => {
    expect(briefLanguageOf(ui)).toBe(brief)
  })
})

describe('byte counts', () => {
  it.each([
    [0, '0 B'],
    [900, '900 B'],
    [1024, '1.0 KB'],
    [12 * 1024, '12 KB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [-5, '0 B'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})

describe('XM9 exports strings', () => {
  it('has every key in 简体中文 and 繁體中文, none left in English', () => {
    const keys = Object.keys(exportsStrings.en).sort()
    for (const language of ['zh-Hans', 'zh-Hant'] as const) {
      const strings = exportsStrings[language] as Record<string, string>
      expect(Object.keys(strings).sort()).toEqual(keys)
      for (const key of keys)
        if (!/^\{\{/.test(strings[key]!))
          expect(strings[key], key).not.toBe((exportsStrings.en as Record<string, string>)[key])
    }
  })
})
