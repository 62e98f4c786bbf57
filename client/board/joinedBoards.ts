/** Boards joined in this tab, so that a reload does not ask for a name again. */

const keyOf = (boardId: string) => `debate-board.joined.${boardId}`

export function hasJoinedThisSession(boardId: string): boolean {
  try {
    return window.sessionStorage.getItem(keyOf(boardId)) === '1'
  } catch {
    return false
  }
}

export function markJoined(boardId: string): void {
  try {
    window.sessionStorage.setItem(keyOf(boardId), '1')
  } catch {
    // The join dialog will simply show again after a reload.
  }
}
