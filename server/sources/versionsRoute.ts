/**
 * `POST /api/boards/:id/sources/:sourceId/versions` (moderator): replaces an article's text with a new
 * version of it — a file as the body, JSON `{ "url": … }`, or JSON `{}` to fetch the article's own
 * URL again — and answers 200 `{ source: { id, title, version, length }, drift }`, the cards that
 * moved, changed or were orphaned (shared/sources/drift.ts). The cards keep their excerpts.
 */
import type { RequestHandler, Router } from 'express'
import { z } from '../../shared/zod.ts'
import { boardIdSchema, entityIdSchema } from '../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import type { SourceDrift } from '../../shared/sources/drift.ts'
import type { AccessPolicy } from '../auth/capabilities.ts'
import { requireModerator } from '../http/requireModerator.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { importArticle, readImportRequest, type ImportReaderDeps } from './importRequest.ts'
import type { ReplaceSourceOnBoard, SourceUrlOnBoard } from './replaceSourceOnBoard.ts'

/** What the route needs beyond reading an import. */
export interface VersionsDeps {
  replaceSourceOnBoard: ReplaceSourceOnBoard
  sourceUrlOnBoard: SourceUrlOnBoard
}

type Deps = VersionsDeps & ImportReaderDeps & { store: BoardStore; policy: AccessPolicy; logger: Logger }

const paramsSchema = z.strictObject({ id: boardIdSchema, sourceId: entityIdSchema })

/** The drift as ids per status: what the answer carries. */
export interface DriftIds {
  moved: string[]
  changed: string[]
  orphaned: string[]
}

/** Adds the route to `router`, behind `limitRate` (the imports' own rate limit). */
export function versionsRoute(router: Router, deps: Deps, limitRate: RequestHandler): void {
  router.post('/:id/sources/:sourceId/versions', limitRate, async (req, res) => {
    const { id, sourceId } = paramsSchema.parse(req.params)
    // Checked before the body is read, as for imports.
    await requireModerator(deps, id, req, 'Importing a new version of an article')
    if (!(await deps.store.hasBoard(id)))
      throw new BoardError(ErrorCode.NotFound, 'This board does not exist.')
    const request = await readImportRequest(req, res, deps, true)
    const fetched =
      request.kind === 'refetch'
        ? { kind: 'url' as const, url: await storedUrl(deps, id, sourceId) }
        : request
    const { article } = await importArticle(fetched, deps)
    const result = await deps.replaceSourceOnBoard(id, sourceId, article)
    deps.logger.info(
      { boardId: id, sourceId, version: result.version, length: article.text.length },
      'article version imported',
    )
    res.json({
      source: { id: sourceId, title: result.title, version: result.version, length: article.text.length },
      drift: idsOf(result.drift),
    })
  })
}

async function storedUrl(deps: Deps, boardId: string, sourceId: string): Promise<string> {
  const url = await deps.sourceUrlOnBoard(boardId, sourceId)
  if (!url)
    throw new BoardError(
      ErrorCode.BadRequest,
      'This article came from a file or was pasted: upload its new version as a file.',
    )
  return url
}

function idsOf(drift: SourceDrift): DriftIds {
  const ids = (entries: SourceDrift['moved']) => entries.map((entry) => entry.cardId)
  return { moved: ids(drift.moved), changed: ids(drift.changed), orphaned: ids(drift.orphaned) }
}
