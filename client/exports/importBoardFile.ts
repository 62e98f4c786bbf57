/** Reads a board file (a board's export.json) and posts it to `POST /api/boards/import`. */
import { IMPORT_BODY_LIMIT_BYTES } from '../../shared/exports/boardExport.ts'
import { createdBoardSchema, type CreatedBoard } from '../http/boardsApi.ts'
import { parseResponse, requestJson } from '../http/request.ts'

/** Why a file was not even sent: the server could not have read it. */
export type ImportFileProblem = 'tooLarge' | 'notJson'

export class ImportFileError extends Error {
  constructor(readonly problem: ImportFileProblem) {
    super(problem)
  }
}

/** The file's JSON, or an ImportFileError saying why it cannot be a board file. */
export function parseBoardFile(text: string, size: number): unknown {
  if (size > IMPORT_BODY_LIMIT_BYTES) throw new ImportFileError('tooLarge')
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new ImportFileError('notJson')
  }
}

/** Creates a new board from a board file; resolves to its id and links (the moderator's among them). */
export async function importBoardFile(file: File): Promise<CreatedBoard> {
  const content = parseBoardFile(file.size > IMPORT_BODY_LIMIT_BYTES ? '' : await file.text(), file.size)
  const body = await requestJson('/api/boards/import', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ import: content }),
  })
  return parseResponse(createdBoardSchema, body)
}
