/**
 * The links of boards created in this tab, so that the moderator can find them again when sharing.
 * NOTE: session storage on purpose: the moderator link is a secret that should not outlive the tab.
 */
import type { CreatedBoard } from '../http/boardsApi.ts'
import { Role } from '../../shared/access.ts'

type BoardLinks = CreatedBoard['links']

const keyOf = (boardId: string) => `debate-board.links.${boardId}`

function writeLinks(boardId: string, links: Partial<BoardLinks>): void {
  try {
    window.sessionStorage.setItem(keyOf(boardId), JSON.stringify(links))
  } catch {
    // Without session storage the share dialog shows only the links it can see on screen.
  }
}

export function rememberBoardLinks(board: CreatedBoard): void {
  writeLinks(board.id, board.links)
}

/** Replaces one remembered link, after the moderator reset it. */
export function rememberBoardLink(boardId: string, role: Role, link: string): void {
  writeLinks(boardId, { ...recallKnownLinks(boardId), [role]: link })
}

/** Whichever links of `boardId` this tab knows: all three if it created the board, else those it reset. */
export function recallKnownLinks(boardId: string): Partial<BoardLinks> {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(keyOf(boardId)) ?? 'null')
    if (typeof value !== 'object' || value === null) return {}
    return Object.fromEntries(
      Object.entries(value).filter(
        ([role, link]) => Object.values<string>(Role).includes(role) && typeof link === 'string',
      ),
    )
  } catch {
    return {}
  }
}
