/** Reading an import request's body (a file, or JSON naming a URL) and turning it into an article. */
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import { z } from '../../shared/zod.ts'
import { LIMITS } from '../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { ImportedArticle } from '../../shared/sources/importedArticle.ts'
import { articleKindOf } from './articleKind.ts'
import { fetchArticle } from './fetchArticle.ts'
import type { ImportSettings } from './importSettings.ts'
import type { ArticleFile } from './parseArticle.ts'

/** What reading an import needs from the router's dependencies. */
export interface ImportReaderDeps {
  jsonBodyLimitBytes: number
  settings: ImportSettings
  /** Reads a file into an article: parseArticle, in a worker thread (see ArticleReader). */
  readArticle: (file: ArticleFile) => Promise<ImportedArticle>
}

const urlBodySchema = z.strictObject({
  url: z.string().trim().min(1).max(2_000),
  addedBy: z.string().max(LIMITS.nameLength).default(''),
})
/** A new version may name no URL: the article's own is fetched again. */
const versionUrlBodySchema = urlBodySchema.partial({ url: true })

/** What the route learnt before parsing: the upload or the URL (none: fetch again), and who adds it. */
export type ImportRequest =
  | { kind: 'url'; url: string; addedBy: string }
  | { kind: 'refetch'; addedBy: string }
  | { kind: 'file'; file: ArticleFile; addedBy: string }

/**
 * Reads the request: JSON `{ url }` or a file as the body. With `urlOptional` (a new version), JSON
 * without a URL asks to fetch the article's own URL again; without it, such JSON is refused.
 */
export function readImportRequest(
  req: Request,
  res: Response,
  deps: ImportReaderDeps,
): Promise<Exclude<ImportRequest, { kind: 'refetch' }>>
export function readImportRequest(
  req: Request,
  res: Response,
  deps: ImportReaderDeps,
  urlOptional: true,
): Promise<ImportRequest>
export async function readImportRequest(
  req: Request,
  res: Response,
  deps: ImportReaderDeps,
  urlOptional = false,
): Promise<ImportRequest> {
  if (req.is('application/json')) {
    const json = express.json({ limit: deps.jsonBodyLimitBytes })
    await runParser(json, req, res, 'A JSON request holds only { "url": … }; send files as the body.')
    const body = (urlOptional ? versionUrlBodySchema : urlBodySchema).parse(req.body ?? {})
    if (body.url === undefined) return { kind: 'refetch', addedBy: body.addedBy }
    return { kind: 'url', url: body.url, addedBy: body.addedBy }
  }
  const contentType = req.get('content-type')
  // Express' own test for a body: a Content-Length above 0, or a chunked one.
  if (!req.get('transfer-encoding') && !(Number(req.get('content-length')) > 0))
    throw new BoardError(ErrorCode.BadRequest, 'Send a file as the request body, or JSON { "url": … }.')
  if (req.is('multipart/form-data'))
    throw new BoardError(ErrorCode.UnsupportedType, 'Send the file itself as the request body, not a form.')
  const filename = percentDecodedHeader(req, 'x-filename')
  const addedBy = percentDecodedHeader(req, 'x-added-by')?.slice(0, LIMITS.nameLength) ?? ''
  // The type is known from the headers: an unsupported one is refused before its body is read.
  articleKindOf(contentType, filename)
  const limit = deps.settings.uploadMaxBytes
  await runParser(
    express.raw({ type: () => true, limit }),
    req,
    res,
    `Files of up to ${megabytes(limit)} can be imported.`,
  )
  const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
  return { kind: 'file', file: { bytes, contentType, filename }, addedBy }
}

/** The article a request brings: the file read, or the page at `url` fetched and read. */
export async function importArticle(
  request: { kind: 'file'; file: ArticleFile } | { kind: 'url'; url: string },
  deps: ImportReaderDeps,
): Promise<{ article: ImportedArticle; url?: string }> {
  if (request.kind === 'file') return { article: await deps.readArticle(request.file) }
  const page = await fetchArticle(request.url, deps.settings.fetch)
  const filename = lastPathSegment(page.url)
  const article = await deps.readArticle({
    bytes: page.bytes,
    contentType: page.contentType,
    filename,
    url: page.url,
  })
  return { article, url: page.url }
}

function runParser(parser: RequestHandler, req: Request, res: Response, tooLarge: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const next: NextFunction = (error?: unknown) => {
      const status = (error as { status?: unknown } | undefined)?.status
      if (status === 413) reject(new BoardError(ErrorCode.TooLarge, tooLarge))
      else if (error) reject(error)
      else resolve()
    }
    void parser(req, res, next)
  })
}

function percentDecodedHeader(req: Request, name: string): string | undefined {
  const raw = req.get(name)
  if (raw === undefined || raw === '') return undefined
  try {
    return decodeURIComponent(raw)
  } catch {
    throw new BoardError(ErrorCode.BadRequest, `The ${name} header must be percent-encoded UTF-8.`)
  }
}

// The page's file name, which tells Markdown served as text/plain apart and can serve as a title.
function lastPathSegment(url: string): string | undefined {
  const segment = new URL(url).pathname.split('/').at(-1) ?? ''
  try {
    return decodeURIComponent(segment) || undefined
  } catch {
    return segment || undefined
  }
}

function megabytes(bytes: number) {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
}
