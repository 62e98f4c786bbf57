/** The two articles the board ships with, read from the bundled copies (bytes unchanged). */
import fs from 'node:fs'
import path from 'node:path'
import { z } from '../../shared/zod.ts'
import type { SourceInput } from '../../shared/board/schema.ts'
import { fromProjectRoot } from '../projectRoot.ts'

const articlesDir = fromProjectRoot('server/demo/articles')

const manifestSchema = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      language: z.string(),
      title: z.string(),
      original_url: z.string().nullable(),
    }),
  ),
})

/** The bundled articles as source inputs, in the manifest's order. */
export function readDemoArticles(): SourceInput[] {
  const manifest = manifestSchema.parse(
    JSON.parse(fs.readFileSync(path.join(articlesDir, 'manifest.json'), 'utf8')),
  )
  return manifest.articles.map((article) => ({
    title: article.title,
    language: article.language,
    text: fs.readFileSync(path.join(articlesDir, article.file), 'utf8'),
    ...(article.original_url ? { url: article.original_url } : {}),
    addedBy: 'Debate Board',
  }))
}
