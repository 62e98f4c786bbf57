/**
 * "Open my new board with the Add article dialog": the landing page asks, the board's empty reader
 * takes the request once. Session storage, keyed by board, so that the request stays in the tab
 * that made the board and never travels in a shared link.
 */
import { parseRoute } from '../ui/route.ts'

const keyOf = (boardId: string) => `debate-board.add-article.${boardId}`

/** Asks that the next opening of `boardId` in this tab shows the Add article dialog. */
export function requestAddArticle(boardId: string): void {
  try {
    window.sessionStorage.setItem(keyOf(boardId), '1')
  } catch {
    // Without session storage the board opens as usual, with its "Add article" button.
  }
}

/** Whether the board open in this tab was asked to show the Add article dialog; forgets the request. */
export function takeAddArticleRequest(): boolean {
  const route = parseRoute(window.location.pathname, window.location.hash)
  if (route.page !== 'board') return false
  try {
    const asked = window.sessionStorage.getItem(keyOf(route.boardId)) !== null
    window.sessionStorage.removeItem(keyOf(route.boardId))
    return asked
  } catch {
    return false
  }
}
