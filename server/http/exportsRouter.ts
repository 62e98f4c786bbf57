/**
 * Exports of a board, for anyone holding one of its links (`Authorization: Bearer <any role's token>`;
 * the demo board also without one):
 *
 * - `GET /api/boards/:id/export.md?lang=en|zh-Hans|zh-Hant`: the debate brief (server/exports/markdownBrief.ts).
 * - `GET /api/boards/:id/export.pdf?lang=…`: the same brief as a PDF with CJK embedded (server/exports/pdfBrief.ts).
 * - `GET /api/boards/:id/export.jsonld`: the cards as a W3C Web Annotation collection (server/exports/webAnnotation.ts).
 * - `GET /api/boards/:id/export.json`: the whole board, versioned (shared/exports/boardExport.ts).
 * - `POST /api/boards/import` with `{ import: <export.json> }`: a new board with that content; answers
 *   201 `{ id, links }` like `POST /api/boards`.
 *
 * Another `export.<x>` answers 404; an unknown board 404, a missing or wrong token 401.
 */
import express, { Router, type Request } from 'express'
import { z } from '../../shared/zod.ts'
import { boardIdSchema } from '../../shared/board/schema.ts'
import { BoardError, ErrorCode } from '../../shared/errors.ts'
import { boardExportSchema, IMPORT_BODY_LIMIT_BYTES } from '../../shared/exports/boardExport.ts'
import { boardLinks, type AccessPolicy } from '../auth/capabilities.ts'
import { createBoard, destroyBoardDocuments } from '../boards/createBoard.ts'
import { attachmentDisposition } from '../debate/dashboardCsv.ts'
import { readBoardContent } from '../exports/boardContent.ts'
import { boardJson } from '../exports/boardJson.ts'
import { briefOutline } from '../exports/briefOutline.ts'
import { BriefLanguage } from '../exports/briefStrings.ts'
import { checkImport, fillImportedBoard, importedBoardInput } from '../exports/importBoard.ts'
import { markdownBrief } from '../exports/markdownBrief.ts'
import { webAnnotations } from '../exports/webAnnotation.ts'
import type { Limits } from '../limits/limitsConfig.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { checkBoardCreationLimit } from './boardCreationLimit.ts'
import { readableBoard } from './readableBoard.ts'
import type { AddressLimiter } from '../limits/addressLimiter.ts'

export interface ExportsRouterDeps {
  store: BoardStore
  registry: RoomRegistry
  policy: AccessPolicy
  limits: Pick<Limits, 'boardsPerIpPerHour'>
  /** Counts board creations per address across every node (Redis); the store counts them otherwise. */
  boardCreations?: AddressLimiter
  publicUrl: (req: Request) => string
}

const EXPORT_FORMATS = ['md', 'pdf', 'json', 'jsonld']
const paramsSchema = z.strictObject({ id: boardIdSchema })
const formatParamsSchema = paramsSchema.extend({ format: z.string() })
const briefQuerySchema = z.object({
  lang: z.enum(BriefLanguage, { error: 'must be en, zh-Hans or zh-Hant' }).default(BriefLanguage.En),
})
const importBodySchema = z.strictObject({ import: boardExportSchema })

export function exportsRouter(deps: ExportsRouterDeps): Router {
  const router = Router()

  // An imported file carries whole articles: far more than the 16 KiB other requests may send.
  router.post('/import', express.json({ limit: IMPORT_BODY_LIMIT_BYTES }), async (req, res) => {
    const file = importBodySchema.parse(req.body ?? {}).import
    checkImport(file)
    const createdBy = await checkBoardCreationLimit(deps, req, res)
    const { id, tokens, documents } = await createBoard(deps.store, importedBoardInput(file), {
      createdBy,
      prepare: (draft) => fillImportedBoard(draft, file),
    })
    destroyBoardDocuments(documents)
    res.status(201).json({ id, links: boardLinks(deps.publicUrl(req), id, tokens) })
  })

  router.get('/:id/export.md', async (req, res) => {
    const { lang } = briefQuerySchema.parse(req.query)
    const { id, content } = await readExportable(deps, req)
    send(res, 'text/markdown; charset=utf-8', `${id}.md`)
    res.send(markdownBrief(briefOutline(content), lang))
  })

  router.get('/:id/export.pdf', async (req, res) => {
    const { lang } = briefQuerySchema.parse(req.query)
    const { id, content } = await readExportable(deps, req)
    // pdfkit and its fonts load on the first PDF, not at start: most servers never make one.
    const { pdfBrief } = await import('../exports/pdfBrief.ts')
    const pdf = await pdfBrief(briefOutline(content), lang)
    send(res, 'application/pdf', `${id}.pdf`)
    res.send(pdf)
  })

  router.get('/:id/export.jsonld', async (req, res) => {
    const { id, content } = await readExportable(deps, req)
    send(res, 'application/ld+json; charset=utf-8', `${id}.jsonld`)
    const url = `${deps.publicUrl(req)}/api/boards/${id}/export.jsonld`
    res.send(JSON.stringify(webAnnotations(content, url), null, 2))
  })

  router.get('/:id/export.json', async (req, res) => {
    const { id, content } = await readExportable(deps, req)
    send(res, 'application/json; charset=utf-8', `${id}.json`)
    res.send(JSON.stringify(boardJson(content), null, 2))
  })

  router.get('/:id/export.:format', (req) => {
    const { format } = formatParamsSchema.parse(req.params)
    throw new BoardError(
      ErrorCode.NotFound,
      `There is no "${format.slice(0, 20)}" export: ask for export.${EXPORT_FORMATS.join(', export.')}.`,
    )
  })

  return router
}

function send(res: express.Response, contentType: string, fileName: string): void {
  res
    .set('Cache-Control', 'no-store')
    .set('Content-Type', contentType)
    .set('Content-Disposition', attachmentDisposition(fileName, fileName))
}

/** The content of the board a request names, once it exists and the request holds any of its links. */
async function readExportable(deps: ExportsRouterDeps, req: Request) {
  const { id } = await readableBoard(deps, req)
  return { id, content: await deps.registry.withRoom(id, (room) => readBoardContent(id, room)) }
}
