/** Replay snapshots as every store hands them out: the same fields, no phase keys when there is no phase. */
import type { ReplaySnapshot, ReplaySnapshotInfo } from './BoardStore.ts'

/** A replay snapshot row as the SQL stores read it (PostgreSQL's BIGINTs come back as strings). */
export interface ReplayRow {
  seq: number | string
  at: number | string
  phase_id: string | null
  phase_name: string | null
  cards: number
  links: number
}

/** A snapshot's info alone, without the phase keys when it was taken for no phase. */
export function replayInfo(fields: {
  seq: number
  at: number
  phaseId?: string | null
  phaseName?: string | null
  cards: number
  links: number
}): ReplaySnapshotInfo {
  const { seq, at, phaseId, phaseName, cards, links } = fields
  return {
    seq,
    at,
    ...(phaseId != null ? { phaseId } : {}),
    ...(phaseName != null ? { phaseName } : {}),
    cards,
    links,
  }
}

/** The info of a row read from SQL. */
export function replayInfoOfRow(row: ReplayRow): ReplaySnapshotInfo {
  return replayInfo({
    seq: Number(row.seq),
    at: Number(row.at),
    phaseId: row.phase_id,
    phaseName: row.phase_name,
    cards: row.cards,
    links: row.links,
  })
}

/** A whole snapshot read from SQL; its state copied into a plain Uint8Array. */
export function replaySnapshotOfRow(row: ReplayRow & { state: Uint8Array }): ReplaySnapshot {
  return { ...replayInfoOfRow(row), state: new Uint8Array(row.state) }
}
