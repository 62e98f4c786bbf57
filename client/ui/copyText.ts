/** Copying a link from its text field, also on plain-http pages where there is no Clipboard API. */

export const CopyResult = {
  Copied: 'copied',
  /** Nothing could copy: the text is left selected for the person to copy by hand. */
  Manual: 'manual',
} as const
export type CopyResult = (typeof CopyResult)[keyof typeof CopyResult]

/**
 * Copies `input`'s text: with the Clipboard API when the page has it (secure contexts only, so not
 * http://192.168.x.x, where phones join a workshop), else or when it refuses, by selecting the text
 * and asking for the browser's own copy command.
 */
export async function copyFromInput(input: HTMLInputElement): Promise<CopyResult> {
  if (await writeClipboard(input.value)) return CopyResult.Copied
  input.focus()
  input.select()
  return copySelection() ? CopyResult.Copied : CopyResult.Manual
}

async function writeClipboard(text: string): Promise<boolean> {
  // NOTE: typed as always there, but undefined outside secure contexts.
  const clipboard = navigator.clipboard as Clipboard | undefined
  if (!clipboard) return false
  try {
    await clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

function copySelection(): boolean {
  try {
    // Deprecated, but the only copy that works on plain-http pages.
    return document.execCommand('copy')
  } catch {
    return false
  }
}
