/** localStorage access that survives private mode and disabled storage (reads null, writes nothing). */

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value)
  } catch {
    // Storage is full or disabled: the preference simply is not remembered.
  }
}
