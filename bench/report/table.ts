/** Printing: one aligned table per scenario with its notes, through process.stdout (no console). */

export function write(line = ''): void {
  process.stdout.write(`${line}\n`)
}

/** A number with sensible precision for a table: 12,345 / 123 / 12.3 / 1.23; "n/a" when unknown. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  if (Math.abs(value) >= 1_000) return Math.round(value).toLocaleString('en-US')
  if (Math.abs(value) >= 100) return value.toFixed(0)
  if (Math.abs(value) >= 10) return value.toFixed(1)
  return value.toFixed(2)
}

/** "value / reference" as "0.82x", or "n/a" when either is unknown or the reference is zero. */
export function formatRatio(value: number, reference: number): string {
  const ratio = value / reference
  return Number.isFinite(ratio) && reference !== 0 ? `${ratio.toFixed(2)}x` : 'n/a'
}

/** A share of one (CPU seconds per second: 1 is one core busy) as a whole percentage: "87%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** Bytes as MB (10^6, as `ps` and `top` count). */
export function formatMegabytes(bytes: number): string {
  return formatNumber(bytes / 1e6)
}

/** Writes a titled table: the first column aligns left, the others right (they hold figures). */
export function printTable(
  title: string,
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  notes: readonly string[] = [],
): void {
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...rows.map((row) => row[column]?.length ?? 0)),
  )
  const render = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd()
  write()
  write(title)
  write(render(headings))
  write(render(widths.map((width) => '-'.repeat(width))))
  for (const row of rows) write(render(row))
  for (const note of notes) write(`  ${note}`)
}
