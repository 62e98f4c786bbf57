/**
 * The policy follows whatever schema the room hands it, not only the board's: a nested map keyed by
 * ids (as a future ballot document would hold), and the keys a refusal names.
 */
import { describe, it } from 'vitest'
import * as Y from 'yjs'
import { z } from 'zod'
import type { DocumentSchema } from '../../../../shared/board/documentSchemas.ts'
import { entityIdSchema } from '../../../../shared/board/schema.ts'
import { createCard } from '../../../../shared/board/mutators.ts'
import { ErrorCode } from '../../../../shared/errors.ts'
import { Client, author, board, changes, expectAccepted, expectRefused, type Offer } from './craft.ts'

/** A ballot document: `ballots/votes` maps voter ids to a choice between 1 and 3. */
const BALLOT_SCHEMA: DocumentSchema = {
  roots: new Map([
    [
      'ballots',
      {
        kind: 'fields',
        fields: new Map([
          [
            'votes',
            {
              kind: 'entries',
              key: entityIdSchema,
              keyExpects: 'a voter id',
              entry: {
                kind: 'value',
                schema: z.number().int().min(1).max(3),
                expects: 'a choice from 1 to 3',
              },
            },
          ],
        ]),
      },
    ],
  ]),
}

/** Alice's edit of a fresh ballot document. */
function vote(change: (ballots: Y.Map<unknown>) => void): Offer {
  const server = new Y.Doc()
  const alice = new Y.Doc()
  alice.clientID = Client.Alice
  return {
    doc: server,
    update: changes(alice, server, (doc) => change(doc.getMap('ballots'))),
    context: { schema: BALLOT_SCHEMA },
  }
}

/** A map of votes holding `votes`. */
function votes(entries: Record<string, unknown>): Y.Map<unknown> {
  return new Y.Map(Object.entries(entries))
}

describe('update policy: a schema other than the board’s', () => {
  it('a nested map keyed by ids holds only its entries, each checked by its rule', () => {
    expectAccepted(vote((ballots) => ballots.set('votes', votes({ alice: 2 }))))
    expectRefused(
      vote((ballots) => ballots.set('votes', { alice: 2 })),
      ErrorCode.UpdateRefused,
      /^ballots\/votes must be a shared map/,
    )
    expectRefused(
      vote((ballots) => ballots.set('votes', votes({ alice: 4 }))),
      ErrorCode.UpdateRefused,
      /^ballots\/votes\/alice must be a choice from 1 to 3/,
    )
    expectRefused(
      vote((ballots) => ballots.set('votes', votes({ Alice: 1 }))),
      ErrorCode.UpdateRefused,
      /^The key Alice in ballots\/votes must be a voter id/,
    )
  })

  it('entries are checked inside a nested map the document already holds', () => {
    const existing = (voter: string) => {
      const offer = vote((ballots) => ballots.set('votes', votes({ alice: 1 })))
      Y.applyUpdate(offer.doc, offer.update)
      const alice = new Y.Doc()
      alice.clientID = Client.Alice
      Y.applyUpdate(alice, Y.encodeStateAsUpdate(offer.doc))
      const update = changes(alice, offer.doc, (doc) =>
        (doc.getMap('ballots').get('votes') as Y.Map<unknown>).set(voter, 3),
      )
      return { ...offer, update }
    }
    expectAccepted(existing('bob'))
    expectRefused(
      existing('Bob'),
      ErrorCode.UpdateRefused,
      /^The key Bob in ballots\/votes must be a voter id/,
    )
  })

  it.each([
    ['quoted, when it is not a plain id', 'card 9', '"card 9"'],
    ['whole, up to 40 characters', `${'k'.repeat(38)} x`, `"${'k'.repeat(38)} x"`],
    ['cut after 40 characters', `${'k'.repeat(45)} x`, `"${'k'.repeat(40)}…"`],
  ])('a refusal names a key %s', (_, key, shown) => {
    const { server, alice } = board()
    const update = changes(alice, server, (doc) =>
      createCard(doc, { stance: 'bull', x: 0, y: 0, ...author }, { id: key }),
    )
    expectRefused({ doc: server, update }, ErrorCode.UpdateRefused, `The key ${shown} in cards must be`)
  })
})
