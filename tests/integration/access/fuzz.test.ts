import v8 from 'node:v8'
import vm from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { createCard, getCardText, readCards } from '../../../shared/board/index.ts'
import { encodeSyncStep1, encodeSyncUpdate } from '../../../shared/protocol.ts'
import {
  canonicalJson,
  connectClient,
  connectRawSocket,
  waitForConvergence,
  type RawSocket,
} from '../../helpers/clients.ts'
import { createRandom } from '../../helpers/random.ts'
import { createTestBoard } from '../../helpers/testServer.ts'
import { startServerWithLimits } from './accessHarness.ts'

const SEED = Number(process.env.FUZZ_SEED ?? 4_2026)
const DURATION_MS = Number(process.env.FUZZ_MS ?? 12_000)
const MAX_PAYLOADS = 50_000
const WARM_UP_PAYLOADS = 10_000
const BATCH = 40
const author = { authorId: 'honest', authorName: 'Honest' }

type Random = ReturnType<typeof createRandom>

/** A full garbage collection, when V8 allows one (it is exposed here, in this process only). */
function collectGarbage(): () => void {
  v8.setFlagsFromString('--expose-gc')
  return vm.runInNewContext('gc') as () => void
}

/** Valid sync and awareness messages of a scratch board, for the fuzzer to truncate and flip. */
function sampleMessages(random: Random): Uint8Array[] {
  const doc = new Y.Doc()
  const samples: Uint8Array[] = [encodeSyncStep1(doc)]
  doc.on('update', (update: Uint8Array) => samples.push(encodeSyncUpdate(update)))
  for (let i = 0; i < 20; i++) {
    const id = createCard(doc, { stance: 'bull', x: i, y: i, text: `sample ${i}`, ...author })
    getCardText(doc, id)!.insert(random.int(5), 'xyz')
    doc.getMap('meta').set('title', `t${i}`)
    doc.getMap('evil').set('k', i)
  }
  const awareness = new awarenessProtocol.Awareness(doc)
  awareness.setLocalState({ user: { name: 'fuzz' }, cursor: { x: 1, y: 2 } })
  samples.push(awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]))
  samples.push(Y.encodeStateAsUpdate(doc))
  awareness.destroy()
  doc.destroy()
  return samples
}

type Payload = { event: string; args: unknown[] } | { raw: string }

/** A payload; most sync messages name a document, as the protocol wants, some name none or a bad one. */
function nextPayload(random: Random, samples: Uint8Array[]): Payload {
  const payload = nextBarePayload(random, samples)
  if ('event' in payload && payload.event === 'sync' && random.next() < 0.9) {
    const doc = random.pick<unknown>(['board', 'board', 'board', 'control', 'drafts/bull', 'NOPE', 7, null])
    return { event: payload.event, args: [doc, ...payload.args] }
  }
  return payload
}

function nextBarePayload(random: Random, samples: Uint8Array[]): Payload {
  const event = random.pick(['sync', 'awareness'])
  const sample = random.pick(samples)
  switch (random.int(9)) {
    case 0:
      return { event, args: [random.bytes(random.int(300))] }
    case 1:
      return { event, args: [sample.slice(0, random.int(sample.length))] }
    case 2: {
      const flipped = Uint8Array.from(sample)
      for (let i = 0; i < 1 + random.int(4); i++) flipped[random.int(flipped.length)]! ^= 1 << random.int(8)
      return { event, args: [flipped] }
    }
    case 3: // A declared length of ~2^35 bytes, then little.
      return {
        event,
        args: [Uint8Array.from([random.int(3), 0xff, 0xff, 0xff, 0xff, 0x7f, ...random.bytes(8)])],
      }
    case 4:
      return {
        event: random.pick(['sync', 'awareness', 'board-error', 'update', 'x'.repeat(300), 'constructor']),
        args: [random.pick<unknown>(['text', 42, null, {}, [], { length: 1e9 }, [1, 2, 3], true, -0.5])],
      }
    case 5:
      return { event, args: [sample, sample, { extra: true }] }
    case 6:
      // Rarely, since the server rightly closes the connection: raw socket.io frames with reserved
      // event names, broken JSON, unknown packet types.
      if (random.next() < 0.85) return { event, args: [sample.slice(random.int(sample.length))] }
      return { raw: random.pick(['42["disconnect"]', '42["sync"', '4', '49', '42[{}]', '41', '40{"x":1}']) }
    case 7:
      return { event, args: [sample] }
    default:
      return { event, args: [new Uint8Array(0)] }
  }
}

/**
 * The heap once closed sockets are really gone: their finalizers and weak callbacks run only after a
 * collection and a turn of the event loop, so one gc() alone overstates what is kept.
 */
async function settledHeap(gc: () => void): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return process.memoryUsage().heapUsed
}

/** A round trip on each attacker still connected: everything it sent before has been handled. */
async function drain(attackers: RawSocket[]) {
  await Promise.all(
    attackers
      .filter((socket) => socket.connected)
      .map(
        (socket) =>
          new Promise<boolean>((resolve) => {
            socket.once('sync', () => resolve(true))
            socket.once('disconnect', () => resolve(false))
            socket.emit('sync', 'board', encodeSyncStep1(new Y.Doc()))
          }),
      ),
  )
}

describe('fuzzing a live room', () => {
  it(`[AC22] thousands of random and mutated payloads leave the server up, honest clients correct and memory near its baseline (seed ${SEED})`, async () => {
    const random = createRandom(SEED)
    const samples = sampleMessages(random)
    const server = await startServerWithLimits({
      // The fuzzer must reach the decoders, not the rate limiter.
      socketMessages: { burst: 1e9, perSecond: 1e9 },
      socketFloodDisconnectAfter: 1e9,
      connections: { burst: 1e6, perSecond: 1e6 },
    })
    const { id, tokens } = await createTestBoard(server)
    const alice = await connectClient(server.url, id, { token: tokens.edit })
    const bob = await connectClient(server.url, id, { token: tokens.edit })
    const gc = collectGarbage()
    const stats = { sent: 0, refused: 0, closed: 0 }
    const connect = async (token: string) => {
      const attacker = await connectRawSocket(server.url, { boardId: id, token })
      attacker.socket.on('board-error', () => stats.refused++)
      attacker.socket.on('disconnect', () => stats.closed++)
      return attacker.socket
    }
    const expected = new Map<string, string>()
    const attack = async (payloads: number) => {
      const attackers = [await connect(tokens.edit), await connect(tokens.edit), await connect(tokens.view)]
      const until = stats.sent + payloads
      const started = Date.now()
      let batches = 0
      while (Date.now() - started < DURATION_MS && stats.sent < until) {
        for (let i = 0; i < BATCH; i++) {
          const slot = random.int(attackers.length)
          if (!attackers[slot]!.connected)
            attackers[slot] = await connect(slot === 2 ? tokens.view : tokens.edit)
          const payload = nextPayload(random, samples)
          if ('raw' in payload) attackers[slot]!.io.engine.send(payload.raw)
          else attackers[slot]!.emit(payload.event as 'sync', ...(payload.args as [string, Uint8Array]))
          stats.sent++
        }
        if (++batches % 5 === 0) {
          const honest = random.pick([alice, bob])
          const text = `card ${stats.sent}`
          expected.set(createCard(honest.doc, { stance: 'bear', x: 0, y: 0, text, ...author }), text)
        }
        await new Promise((resolve) => setImmediate(resolve))
      }
      await drain(attackers)
      for (const socket of attackers) socket.disconnect()
      await vi.waitFor(() => expect(server.io.of('/').sockets.size).toBe(2))
      return Date.now() - started
    }
    // A first round warms up what any first run allocates once (compiled code, caches), so that the
    // baseline after it shows what the server keeps from an attack, not what the process learned.
    await attack(WARM_UP_PAYLOADS)
    const heapBefore = await settledHeap(gc)
    const warmUp = { ...stats }
    const elapsed = await attack(MAX_PAYLOADS)
    const heapAfter = await settledHeap(gc)

    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    await waitForConvergence([alice.doc, bob.doc], 20_000)
    const serverJson = await server.registry.withRoom(id, (room) => canonicalJson(room.document('board')))
    expect(serverJson).toBe(canonicalJson(alice.doc))
    const cards = new Map(readCards(alice.doc).map((card) => [card.id, card.text]))
    for (const [cardId, text] of expected) expect(cards.get(cardId)).toBe(text)
    const roots = await server.registry.withRoom(id, (room) =>
      [...room.document('board').share.keys()].sort(),
    )
    expect(roots.every((name) => ['cards', 'links', 'meta', 'sources'].includes(name))).toBe(true)

    // What the server keeps per connection and per client id is back to the honest clients' share:
    // nothing grows with the attack. (The heap below is the whole test process, attackers included.)
    const kept = await server.registry.withRoom(id, (room) => ({
      sockets: server.io.of('/').sockets.size,
      socketRooms: server.io.of('/').adapter.sids.size,
      presences: room.presence.awareness.getStates().size,
      presenceClocks: room.presence.awareness.meta.size,
      docClients: room.document('board').store.clients.size,
    }))
    // The honest clients' own presences (empty states) are all that stays.
    expect(kept).toMatchObject({ sockets: 2, socketRooms: 2, presences: 2 })
    expect(kept.presenceClocks).toBeLessThan(20)
    expect(kept.docClients).toBeLessThan(20)
    const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
    process.stdout.write(
      `fuzz seed ${SEED}: ${stats.sent - warmUp.sent} payloads sent in ${elapsed} ms (after ${warmUp.sent} warming up), ` +
        `${stats.refused - warmUp.refused} refused with an error, ${stats.closed - warmUp.closed} connections closed by the server; ` +
        `test-process heap ${mib(heapBefore)} MiB before, ${mib(heapAfter)} MiB after; server keeps ${JSON.stringify(kept)}\n`,
    )
    expect(stats.sent - warmUp.sent).toBeGreaterThan(2_000)
    expect(stats.refused - warmUp.refused).toBeGreaterThan((stats.sent - warmUp.sent) / 3)
    expect(heapAfter - heapBefore).toBeLessThan(32 * 1024 * 1024)
  }, 90_000)
})
