/** A participant key: the secret by which the server recognises one participant across visits. */

/** A new participant key: 256 random bits, base64url. */
export function createParticipantKey(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
