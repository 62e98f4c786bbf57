/** Printing: one aligned table per scenario with its notes, through process.stdout (no console). */

export interface Row {
  scenario: string
  peer: string
  figure: number
  unit: string
  /** The figure against the table's reference row, e.g. "0.82x vs in-memory"; empty for none. */
  ratio: string
}

const HEADINGS = ['scenario', 'peer', 'figure', 'unit', 'ratio'] as const

/** A number with sensible precision for a table: 12,345 / 123.4 / 1.23. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  if (Math.abs(value) >= 1_000) return Math.round(value).toLocaleString('en-US')
  if (Math.abs(value) >= 100) return value.toFixed(0)
  if (Math.abs(value) >= 10) return value.toFixed(1)
  return value.toFixed(2)
}

/** "a / b" as "0.82x", or "n/a" when b is zero or missing. */
export function formatRatio(value: number, reference: number): string {
  if (!Number.isFinite(value / reference) || reference === 0) return 'n/a'
  return `${(value / reference).toFixed(2)}x`
}

export function write(line = ''): void {
  process.stdout.write(`${line}\n`)
}

/** Writes a titled table; numbers align right, text left. */
export function printTable(title: string, rows: readonly Row[], notes: readonly string[] = []): void {
  const cells = rows.map((row) => [row.scenario, row.peer, formatFigure(row.figure), row.unit, row.ratio])
  const widths = HEADINGS.map((heading, column) =>
    Math.max(heading.length, ...cells.map((line) => line[column]?.length ?? 0)),
  )
  const render = (line: readonly string[]) =>
    line
      .map((cell, column) =>
        column === 2 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd()
  write()
  write(title)
  write(render(HEADINGS))
  write(render(widths.map((width) => '-'.repeat(width))))
  for (const line of cells) write(render(line))
  for (const note of notes) write(`  ${note}`)
}
