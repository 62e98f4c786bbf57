/** How the add-article dialog imports a file or a web page through the server, where the board allows it. */
import { createContext, useContext } from 'react'
import type { ImportBody, ImportedAnswer, ImportProgress } from '../http/sourcesApi.ts'

/** Sends an import to `POST /api/boards/:id/sources` with this page's token. */
export type ArticleImporter = (
  body: ImportBody,
  onProgress: (progress: ImportProgress) => void,
) => Promise<ImportedAnswer>

/** The importer of this board page; none in component tests and where the page cannot import. */
export const ArticleImportContext = createContext<ArticleImporter | undefined>(undefined)

/** The importer of the board page around, if any. */
export function useArticleImporter(): ArticleImporter | undefined {
  return useContext(ArticleImportContext)
}
