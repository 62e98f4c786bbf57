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
import { Router, type RequestHandler } from 'express'
import { z } from '../../shared/zod.ts'
import { canEdit } from '../../shared/access.ts'
import { boardIdSchema } from '../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { ImportedSourceInput } from '../../shared/sources/importedArticle.ts'
import { resolveRole, type AccessPolicy } from '../auth/capabilities.ts'
import { bearerToken } from '../http/requireModerator.ts'
import { KeyedRateLimiter } from '../limits/KeyedRateLimiter.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { importArticle, readImportRequest, type ImportReaderDeps } from './importRequest.ts'
import type { ImportSettings } from './importSettings.ts'
import { versionsRoute, type VersionsDeps } from './versionsRoute.ts'

/**
 * Adds an imported article to the live board (applied to the room's document, stored, broadcast) and
 * returns the new source's id; throws a BoardError (e.g. LIMIT_REACHED) when the board refuses it.
 */
export type AddSourceToBoard = (boardId: string, source: ImportedSourceInput) => Promise<string>

export interface SourcesRouterDeps extends ImportReaderDeps, Partial<VersionsDeps> {
  store: BoardStore
  policy: AccessPolicy
  logger: Logger
  settings: ImportSettings
  addSourceToBoard: AddSourceToBoard
}

const paramsSchema = z.strictObject({ id: boardIdSchema })

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
  const { replaceSourceOnBoard, sourceUrlOnBoard } = deps
  // A new version of an article: only once the room can replace its text.
  if (replaceSourceOnBoard && sourceUrlOnBoard)
    versionsRoute(router, { ...deps, replaceSourceOnBoard, sourceUrlOnBoard }, limitRate(deps))
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
