/**
 * `POST /api/boards/:id/sources`: adds an article to a board, from a web page or an uploaded file.
 *
 * - A web page: `Content-Type: application/json`, body `{ "url": "https://…", "addedBy"?: "name" }`.
 * - A file: the file itself is the body (no multipart form), its type in `Content-Type`
 *   (`text/plain`, `text/markdown`, `text/html`, `application/pdf`, or `application/octet-stream`),
 *   its name in `X-Filename` and the person's name in `X-Added-By`, both percent-encoded UTF-8
 *   (`encodeURIComponent`). A raw body needs no form parser and streams under one size cap;
 *   `fetch(url, { method: 'POST', body: file, headers: { 'content-type': file.type, … } })` sends it.
 *
 * Needs an edit or moderator token (`Authorization: Bearer`; the demo board is open), is rate-limited
 * per address, and answers 201 `{ source: { id, title, language, length, pages? } }`.
 */
import express, { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import { z } from '../../shared/zod.ts'
import { canEdit } from '../../shared/access.ts'
import { boardIdSchema, LIMITS } from '../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { ImportedArticle, ImportedSourceInput } from '../../shared/sources/importedArticle.ts'
import { resolveRole, type AccessPolicy } from '../auth/capabilities.ts'
import { bearerToken } from '../http/requireModerator.ts'
import { KeyedRateLimiter } from '../limits/KeyedRateLimiter.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { articleKindOf } from './articleKind.ts'
import { fetchArticle } from './fetchArticle.ts'
import type { ImportSettings } from './importSettings.ts'
import type { ArticleFile } from './parseArticle.ts'

/**
 * Adds an imported article to the live board (applied to the room's document, stored, broadcast) and
 * returns the new source's id; throws a BoardError (e.g. LIMIT_REACHED) when the board refuses it.
 */
export type AddSourceToBoard = (boardId: string, source: ImportedSourceInput) => Promise<string>

export interface SourcesRouterDeps {
  store: BoardStore
  policy: AccessPolicy
  logger: Logger
  jsonBodyLimitBytes: number
  settings: ImportSettings
  addSourceToBoard: AddSourceToBoard
  /** Reads a file into an article: parseArticle, in a worker thread (see ArticleReader). */
  readArticle: (file: ArticleFile) => Promise<ImportedArticle>
}

const paramsSchema = z.strictObject({ id: boardIdSchema })
const urlBodySchema = z.strictObject({
  url: z.string().trim().min(1).max(2_000),
  addedBy: z.string().max(LIMITS.nameLength).default(''),
})
// What the route learnt before parsing: the upload or the URL, and who adds it.
type ImportRequest =
  { kind: 'url'; url: string; addedBy: string } | { kind: 'file'; file: ArticleFile; addedBy: string }

export function sourcesRouter(deps: SourcesRouterDeps): Router {
  const router = Router()
  router.post('/:id/sources', limitRate(deps), authorize(deps), async (req, res) => {
    const boardId = paramsSchema.parse(req.params).id
    const request = await readImportRequest(req, res, deps)
    const { article, url } = await importArticle(request, deps)
    const source: ImportedSourceInput = {
      title: article.title,
      language: article.language,
      text: article.text,
      addedBy: request.addedBy,
      ...(url && url.length <= 2_000 ? { url } : {}),
      ...(article.blocks ? { blocks: article.blocks } : {}),
      ...(article.pages ? { pages: article.pages } : {}),
    }
    const id = await deps.addSourceToBoard(boardId, source)
    deps.logger.info(
      { boardId, sourceId: id, from: request.kind, length: article.text.length },
      'article imported',
    )
    const pages = article.pages ? { pages: article.pages.length } : {}
    res.status(201).json({
      source: {
        id,
        title: article.title,
        language: article.language,
        length: article.text.length,
        ...pages,
      },
    })
  })
  return router
}

function limitRate(deps: SourcesRouterDeps): RequestHandler {
  const limiter = new KeyedRateLimiter(deps.settings.importsPerIp)
  return (req, res, next) => {
    if (limiter.take(req.ip ?? 'unknown')) return next()
    res.set('Retry-After', String(Math.ceil(1 / deps.settings.importsPerIp.perSecond)))
    throw new BoardError(
      ErrorCode.RateLimited,
      'Too many articles were imported from this address; wait a while.',
    )
  }
}

// Checked before the body is read, so that nobody can make the server take in a large upload for nothing.
function authorize(deps: SourcesRouterDeps): RequestHandler {
  return async (req, _res, next) => {
    const { id } = paramsSchema.parse(req.params)
    const role = await resolveRole(deps.store, deps.policy, id, bearerToken(req))
    if (!canEdit(role))
      throw new BoardError(ErrorCode.Forbidden, 'A view link cannot add articles; use the edit link.')
    if (!(await deps.store.hasBoard(id)))
      throw new BoardError(ErrorCode.NotFound, 'This board does not exist.')
    next()
  }
}

async function readImportRequest(
  req: Request,
  res: Response,
  deps: SourcesRouterDeps,
): Promise<ImportRequest> {
  if (req.is('application/json')) {
    const json = express.json({ limit: deps.jsonBodyLimitBytes })
    await runParser(json, req, res, 'A JSON request holds only { "url": … }; send files as the body.')
    const body = urlBodySchema.parse(req.body ?? {})
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

async function importArticle(
  request: ImportRequest,
  deps: SourcesRouterDeps,
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
