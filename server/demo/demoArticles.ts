/** The two articles the board ships with, read from the bundled copies (bytes unchanged). */
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from '../../shared/zod.ts'
import type { SourceInput } from '../../shared/board/schema.ts'

const articlesDir = new URL('./articles/', import.meta.url)

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
    JSON.parse(fs.readFileSync(new URL('manifest.json', articlesDir), 'utf8')),
  )
  return manifest.articles.map((article) => ({
    title: article.title,
    language: article.language,
    text: fs.readFileSync(fileURLToPath(new URL(article.file, articlesDir)), 'utf8'),
    ...(article.original_url ? { url: article.original_url } : {}),
    addedBy: 'Debate Board',
  }))
}
