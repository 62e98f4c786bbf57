/**
 * The runner of the update policy's mirror tables: each row pairs an attack the policy must refuse
 * with the honest update next to it, which it must accept.
 */
import { it } from 'vitest'
import type { ErrorCode } from '../../../../shared/errors.ts'
import { expectAccepted, expectRefused, type Offer } from './craft.ts'

/** One row of a mirror table: a rule, the offer it refuses and the mirror offer it accepts. */
export interface MirrorRow {
  rule: string
  refused: () => Offer
  accepted: () => Offer
  message: RegExp
}

/** A mirror row whose refusal carries its own error code. */
export interface CodedMirrorRow extends MirrorRow {
  code: ErrorCode
}

/** Registers one test per row, named by its rule: the refused offer fails with `code` and the message, the accepted one passes. */
export function itMirrors(rows: readonly MirrorRow[], code: ErrorCode): void {
  itMirrorsCoded(rows.map((row) => ({ ...row, code })))
}

/** Registers one test per row, as itMirrors does, each row refused with its own code. */
export function itMirrorsCoded(rows: readonly CodedMirrorRow[]): void {
  for (const row of rows)
    it(row.rule, () => {
      expectRefused(row.refused(), row.code, row.message)
      expectAccepted(row.accepted())
    })
}
