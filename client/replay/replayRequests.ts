/**
 * The replay API over HTTP, with any of the board's links as a Bearer token (none for the demo board):
 * the timeline's snapshots, and the board at one of them (shapes in shared/replay/replayApi.ts).
 */
import {
  replayBoardSchema,
  replayListSchema,
  type ReplayBoard,
  type ReplaySnapshotInfo,
} from '../../shared/replay/replayApi.ts'
import { bearer, parseResponse, requestJson } from '../http/request.ts'

const replayPath = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/replay`

/** The snapshots of a board, oldest first. */
export async function fetchReplayList(
  boardId: string,
  token: string | undefined,
): Promise<ReplaySnapshotInfo[]> {
  const body = await requestJson(replayPath(boardId), { headers: bearer(token) })
  return parseResponse(replayListSchema, body).snapshots
}

/** The board's articles, cards and links at one snapshot. */
export async function fetchReplayBoard(
  boardId: string,
  token: string | undefined,
  seq: number,
): Promise<ReplayBoard> {
  const body = await requestJson(`${replayPath(boardId)}/${seq}`, { headers: bearer(token) })
  return parseResponse(replayBoardSchema, body)
}
