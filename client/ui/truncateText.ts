/** Shortening text for one-line previews. */

/** `text` on one line and at most `max` characters, ending with an ellipsis when cut; never splits a character. */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = Array.from(flat)
    .slice(0, max - 1)
    .join('')
  return `${cut.trimEnd()}…`
}
