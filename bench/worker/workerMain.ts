/**
 * The client worker: a process of its own that holds every bench client, so that the servers'
 * CPU time is theirs alone. It answers the bench's calls (api.ts) over IPC, one at a time.
 */
import { adapterFor } from '../servers/adapters.ts'
import type { BenchClient, BenchRoom } from '../servers/clientAdapter.ts'
import type { ServerKind } from '../servers/serverKind.ts'
import type { WorkerApi, WorkerRequest, WorkerResponse } from './api.ts'
import { fillBoard, whenCardCount } from './boards.ts'
import { connectMany, withTimeout } from './connectMany.ts'
import { TrafficSession } from './traffic.ts'
import { cpuSecondsSince } from './cpuSeconds.ts'
import { formatShare } from '../report/table.ts'

const SEED_TIMEOUT_MS = 120_000

/** Everything the worker holds between calls. */
const held: {
  clients: BenchClient[]
  traffic?: TrafficSession
  idle?: { kind: ServerKind; url: string; rooms: BenchRoom[] }
} = {
  clients: [],
}
const hold = (client: BenchClient) => {
  held.clients.push(client)
}

const api: WorkerApi = {
  async setUpTraffic(spec) {
    const start = performance.now()
    const cpuBefore = process.cpuUsage()
    const busy = () => cpuSecondsSince(cpuBefore)
    try {
      held.traffic = await TrafficSession.open(spec, adapterFor(spec.kind), hold)
    } catch (error) {
      // Whether the clients, not the server, were what could not keep up.
      const share = busy() / ((performance.now() - start) / 1_000)
      throw new Error(
        `${error instanceof Error ? error.message : String(error)} (client worker busy ${formatShare(share)} meanwhile)`,
        { cause: error },
      )
    }
    return { connectMs: performance.now() - start, connectCpuSeconds: busy() }
  },

  async runTraffic() {
    if (!held.traffic) throw new Error('runTraffic before setUpTraffic')
    return held.traffic.run()
  },

  async seedBoard({ kind, url, cards }) {
    const adapter = adapterFor(kind)
    const room = await adapter.createRoom(url)
    const [writer] = await connectMany(adapter, url, [room], hold)
    if (!writer) throw new Error('the seeding client did not connect')
    fillBoard(writer, room, cards)
    // A second client holding every card shows that the server has them all.
    const [reader] = await connectMany(adapter, url, [room], hold)
    if (!reader) throw new Error('the checking client did not connect')
    await withTimeout(
      whenCardCount(reader.doc, cards),
      SEED_TIMEOUT_MS,
      `a ${cards}-card board reaching the server`,
    )
    await api.disconnectAll()
    return room
  },

  async coldJoin(kind, url, room, cards) {
    const start = performance.now()
    const [client] = await connectMany(adapterFor(kind), url, [room], hold)
    if (!client) throw new Error('the joining client did not connect')
    await withTimeout(whenCardCount(client.doc, cards), SEED_TIMEOUT_MS, `loading a ${cards}-card board`)
    return performance.now() - start
  },

  async openRooms(kind, url, count) {
    const adapter = adapterFor(kind)
    const rooms = await Promise.all(Array.from({ length: count }, () => adapter.createRoom(url)))
    const firsts = await connectMany(adapter, url, rooms, hold)
    // Each room gets the board layout, as a new board on our server has.
    firsts.forEach((client, index) => {
      const room = rooms[index]
      if (room) fillBoard(client, room, 0)
    })
    held.idle = { kind, url, rooms }
  },

  async connectIdle(count) {
    if (!held.idle) throw new Error('connectIdle before openRooms')
    const { kind, url, rooms } = held.idle
    const start = performance.now()
    const targets = Array.from({ length: count }, (_, index) => rooms[index % rooms.length]).filter(
      (room): room is BenchRoom => room !== undefined,
    )
    await connectMany(adapterFor(kind), url, targets, hold)
    return { connectMs: performance.now() - start }
  },

  async disconnectAll() {
    for (const client of held.clients.splice(0)) client.destroy()
    held.traffic = undefined
    held.idle = undefined
  },
}

async function answer(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    const method = api[request.method] as (...args: unknown[]) => Promise<unknown>
    return { id: request.id, ok: true, value: await method(...request.args) }
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }
  }
}

// y-websocket's provider adds a process 'exit' listener per instance: hundreds are expected here.
process.setMaxListeners(0)
process.on('message', (request: WorkerRequest) => {
  void answer(request).then((response) => process.send?.(response))
})
// Without the IPC channel (the bench died) there is nobody left to answer.
process.on('disconnect', () => process.exit(0))
