/** Ids for cards, sources, links and boards. */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * A random id of `length` base-36 characters.
 * NOTE: uses getRandomValues, not randomUUID, because randomUUID exists only in secure contexts and
 * workshop participants often join over plain http on a LAN address.
 */
export function createId(length = 16): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return id
}

/** The board every server ships with, open to anyone who can reach it unless tokens are required. */
export const DEMO_BOARD_ID = 'demo'
