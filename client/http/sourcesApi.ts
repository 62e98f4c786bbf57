/**
 * Article import over HTTP (SPEC IM1–IM10, SR5): `POST /api/boards/:id/sources` adds an article from a
 * file or a URL; `POST …/sources/:sourceId/versions` (moderator) replaces one with a new version.
 * Files go as the raw body with XMLHttpRequest, whose upload events give the progress bar.
 */
import { z } from '../../shared/zod.ts'
import { BoardError, ErrorCode, isErrorPayload } from '../../shared/errors.ts'

/** Where an import stands: sending the file (0–1), then the server reading the article. */
export type ImportProgress = { stage: 'uploading'; fraction: number } | { stage: 'reading' }

/** What to import: a file the person chose, a page the server fetches, or (new version) the article's own URL again. */
export type ImportBody = { file: File } | { url: string } | { refetch: true }

const importedSchema = z.object({
  source: z.object({ id: z.string(), title: z.string(), version: z.number().optional() }),
  drift: z
    .object({ moved: z.array(z.string()), changed: z.array(z.string()), orphaned: z.array(z.string()) })
    .optional(),
})
/** The server's answer: the article, and for a new version the cards that drifted. */
export type ImportedAnswer = z.infer<typeof importedSchema>

const sourcesPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/sources`

/** Adds an article to the board from a file or a URL (edit or moderator token; none on the demo). */
export function importArticle(
  boardId: string,
  token: string | undefined,
  body: ImportBody,
  onProgress: (progress: ImportProgress) => void,
  addedBy = '',
): Promise<ImportedAnswer> {
  return send(sourcesPath(boardId), token, body, onProgress, addedBy)
}

/** Replaces an article with a new version (moderator token). */
export function importNewVersion(
  boardId: string,
  sourceId: string,
  token: string | undefined,
  body: ImportBody,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportedAnswer> {
  return send(`${sourcesPath(boardId)}/${encodeURIComponent(sourceId)}/versions`, token, body, onProgress)
}

function send(
  path: string,
  token: string | undefined,
  body: ImportBody,
  onProgress: (progress: ImportProgress) => void,
  addedBy = '',
): Promise<ImportedAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest()
    request.open('POST', path)
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`)
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ stage: 'uploading', fraction: event.loaded / event.total })
    }
    // Once the body is sent, the wait is the server fetching and reading the article.
    request.upload.onload = () => onProgress({ stage: 'reading' })
    request.onerror = () =>
      reject(new BoardError(ErrorCode.BoardUnavailable, 'cannot reach the server: the network failed'))
    request.onload = () => settle(request, resolve, reject)
    if ('file' in body) {
      request.setRequestHeader('Content-Type', body.file.type || 'application/octet-stream')
      request.setRequestHeader('X-Filename', encodeURIComponent(body.file.name))
      if (addedBy) request.setRequestHeader('X-Added-By', encodeURIComponent(addedBy))
      request.send(body.file)
    } else {
      request.setRequestHeader('Content-Type', 'application/json')
      onProgress({ stage: 'reading' })
      request.send(JSON.stringify('url' in body ? { url: body.url, addedBy } : { addedBy }))
    }
  })
}

function settle(
  request: XMLHttpRequest,
  resolve: (answer: ImportedAnswer) => void,
  reject: (error: unknown) => void,
) {
  let payload: unknown
  try {
    payload = JSON.parse(request.responseText) as unknown
  } catch {
    payload = undefined
  }
  if (request.status >= 200 && request.status < 300) {
    const parsed = importedSchema.safeParse(payload)
    if (parsed.success) resolve(parsed.data)
    else reject(new BoardError(ErrorCode.Internal, 'the server sent an unexpected answer'))
    return
  }
  const error = (payload as { error?: unknown } | undefined)?.error
  if (isErrorPayload(error)) reject(new BoardError(error.code, error.message))
  else reject(new BoardError(ErrorCode.Internal, `HTTP ${request.status}`))
}
