/** The links of boards created in this tab, so that the moderator can find them again when sharing. */
import type { CreatedBoard } from '../http/boardsApi.ts'

const keyOf = (boardId: string) => `debate-board.links.${boardId}`

export function rememberBoardLinks(board: CreatedBoard): void {
  try {
    window.sessionStorage.setItem(keyOf(board.id), JSON.stringify(board.links))
  } catch {
    // Without session storage the share dialog shows only the current link.
  }
}

/** The remembered links of `boardId`, if this tab created it. */
export function recallBoardLinks(boardId: string): CreatedBoard['links'] | undefined {
  try {
    const value: unknown = JSON.parse(window.sessionStorage.getItem(keyOf(boardId)) ?? 'null')
    const links = value as Partial<CreatedBoard['links']> | null
    return links &&
      typeof links.moderate === 'string' &&
      typeof links.edit === 'string' &&
      typeof links.view === 'string'
      ? (links as CreatedBoard['links'])
      : undefined
  } catch {
    return undefined
  }
}
