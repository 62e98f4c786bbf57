/**
 * Participants without accounts: each browser (or bot) keeps a random participant key and presents
 * it at the handshake; the server knows the participant only by the key's hash.
 */
import { createHash, randomBytes } from 'node:crypto'

/** The participant id for a key: its SHA-256, so that no stored or logged id gives the key away. */
export function participantIdOf(participantKey: string): string {
  return createHash('sha256').update(`participant:${participantKey}`).digest('base64url')
}

/** An id for a connection that presented no key: it owns what it writes only for as long as it lasts. */
export function ephemeralParticipantId(): string {
  return `ephemeral-${randomBytes(16).toString('base64url')}`
}
