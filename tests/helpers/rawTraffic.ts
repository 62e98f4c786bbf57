/** Everything a raw socket received, to prove what a client must not see never reached it. */
import type { RawSocket } from './clients.ts'

export interface RawTraffic {
  /** Every event received, with its arguments. */
  events: { event: string; args: unknown[] }[]
  /** Whether any received byte sequence or string contains `needle` (UTF-8). */
  contains(needle: string): boolean
  /** The names of the documents the socket received sync messages of. */
  syncedDocuments(): Set<string>
}

/** Starts recording what `socket` receives. */
export function recordTraffic(socket: RawSocket): RawTraffic {
  const events: RawTraffic['events'] = []
  socket.onAny((event: string, ...args: unknown[]) => events.push({ event, args }))
  return {
    events,
    contains(needle) {
      const bytes = Buffer.from(needle, 'utf8')
      return events.some(({ args }) => args.some((arg) => containsIn(arg, needle, bytes)))
    },
    syncedDocuments() {
      return new Set(events.filter(({ event }) => event === 'sync').map(({ args }) => String(args[0])))
    },
  }
}

function containsIn(value: unknown, needle: string, bytes: Buffer): boolean {
  if (typeof value === 'string') return value.includes(needle)
  if (value instanceof Uint8Array || value instanceof ArrayBuffer)
    return Buffer.from(value as Uint8Array).includes(bytes)
  if (typeof value === 'object' && value !== null) return JSON.stringify(value).includes(needle)
  return false
}
