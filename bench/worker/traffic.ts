/**
 * Steady traffic: rooms of clients, some of them writers typing one character (one update) at a
 * time into a card of their own at a fixed rate; every other client of the room watches that card
 * and notes when each character arrives. All clients share this process's clock.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type * as Y from 'yjs'
import { getCardText } from '../../shared/board/index.ts'
import type { BenchClient, ClientAdapter } from '../servers/clientAdapter.ts'
import { cpuSecondsSince } from './cpuSeconds.ts'
import type { TrafficResult, TrafficSpec } from './api.ts'
import { fillBoard, presenceOf, whenCardsPresent } from './boards.ts'
import { connectMany, itemAt, withTimeout } from './connectMany.ts'

const CARDS_TIMEOUT_MS = 60_000

/** One writer's card: when each of its characters was typed, and who waits for them. */
interface CardTrack {
  text: Y.Text
  /** performance.now() of the write that made character i. */
  sentAt: number[]
  /** Whether the write of character i falls in the measured window. */
  measured: boolean[]
  receivers: number
}

/** One traffic trial's clients and what they measured. */
export class TrafficSession {
  private readonly tracks: CardTrack[] = []
  private measuring = false
  private written = 0
  private expected = 0
  private delivered = 0
  private latencies: number[] = []
  /** Deliveries of any write (warm-up included) that have not arrived yet. */
  private outstanding = 0
  private onSettled: (() => void) | undefined
  /** Each room's clients. */
  private rooms: readonly (readonly BenchClient[])[] = []

  private constructor(private readonly spec: TrafficSpec) {}

  /** Opens the rooms, connects everyone (handing each client to `track`), and runs the warm-up. */
  static async open(
    spec: TrafficSpec,
    adapter: ClientAdapter,
    track: (client: BenchClient) => void,
  ): Promise<TrafficSession> {
    const session = new TrafficSession(spec)
    let joined = 0
    // A presence is set as each client joins, so that renewals (every 15 s) spread as joins did.
    const onConnected = (client: BenchClient) => {
      track(client)
      if (spec.presence) client.awareness.setLocalState(presenceOf(joined))
      joined++
    }
    const rooms = await Promise.all(Array.from({ length: spec.rooms }, () => adapter.createRoom(spec.url)))
    // The first client of each room lays out the board and the writers' cards before anyone else joins.
    const firsts = await connectMany(adapter, spec.url, rooms, onConnected)
    const cardIds = rooms.map((room, index) => fillBoard(itemAt(firsts, index), room, spec.writersPerRoom))
    const perRoom = spec.clientsPerRoom - 1
    const others = rooms.flatMap((room) => Array.from({ length: perRoom }, () => room))
    const rest = await connectMany(adapter, spec.url, others, onConnected)
    const members = firsts.map((first, index) => [
      first,
      ...rest.slice(index * perRoom, (index + 1) * perRoom),
    ])
    await withTimeout(
      Promise.all(
        members.flatMap((clients, room) => clients.map((c) => whenCardsPresent(c.doc, cardIds[room] ?? []))),
      ),
      CARDS_TIMEOUT_MS,
      "every client receiving its room's cards",
    )
    members.forEach((clients, room) => session.watchRoom(clients, cardIds[room] ?? []))
    session.rooms = members
    await session.writeFor(spec.warmUp.ms, spec.warmUp.updatesPerSecond)
    return session
  }

  /** Writes for the spec's duration, waits for what is on the way, and reports. */
  async run(): Promise<TrafficResult> {
    const cpuBefore = process.cpuUsage()
    const loopDelay = monitorEventLoopDelay({ resolution: 10 })
    loopDelay.enable()
    const start = performance.now()
    this.measuring = true
    await this.writeFor(this.spec.durationMs, this.spec.updatesPerSecond)
    this.measuring = false
    const elapsedMs = performance.now() - start
    const clientCpuSeconds = cpuSecondsSince(cpuBefore)
    loopDelay.disable()
    return {
      written: this.written,
      expected: this.expected,
      delivered: this.delivered,
      latencies: Float64Array.from(this.latencies),
      elapsedMs,
      clientCpuSeconds,
      clientLoopDelay: { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
      ...(this.spec.presence ? { presenceSeen: this.presenceSeen() } : {}),
    }
  }

  /** The fewest other presences any client holds now, of as many as there are others in its room. */
  private presenceSeen(): { fewest: number; of: number } {
    const others = (client: BenchClient) =>
      [...client.awareness.getStates().keys()].filter((id) => id !== client.awareness.clientID).length
    const counts = this.rooms.flatMap((clients) => clients.map(others))
    return { fewest: Math.min(...counts), of: this.spec.clientsPerRoom - 1 }
  }

  private watchRoom(clients: readonly BenchClient[], cardIds: readonly string[]) {
    cardIds.forEach((cardId, writerIndex) => {
      const writer = clients[writerIndex]
      const text = writer && getCardText(writer.doc, cardId)
      if (!text) throw new Error(`card ${cardId} is missing from its writer's doc`)
      const track: CardTrack = { text, sentAt: [], measured: [], receivers: clients.length - 1 }
      this.tracks.push(track)
      clients.forEach((client, index) => {
        if (index !== writerIndex) this.watchCard(client, cardId, track)
      })
    })
  }

  private watchCard(client: BenchClient, cardId: string, track: CardTrack) {
    const text = getCardText(client.doc, cardId)
    if (!text) throw new Error(`card ${cardId} is missing from a receiver's doc`)
    let seen = text.length
    text.observe(() => {
      const now = performance.now()
      for (; seen < text.length; seen++) this.onDelivery(track, seen, now)
    })
  }

  private onDelivery(track: CardTrack, index: number, now: number) {
    this.outstanding--
    if (track.measured[index]) {
      this.delivered++
      this.latencies.push(now - (track.sentAt[index] ?? now))
    }
    if (this.outstanding === 0) this.onSettled?.()
  }

  private write(track: CardTrack) {
    const index = track.text.length
    track.sentAt[index] = performance.now()
    track.measured[index] = this.measuring
    this.outstanding += track.receivers
    if (this.measuring) {
      this.written++
      this.expected += track.receivers
    }
    track.text.insert(index, 'x')
  }

  /**
   * Every writer writes `updatesPerSecond` for `ms`, their writes spread evenly over each period;
   * then waits until every delivery arrived or the drain time is over.
   */
  private async writeFor(ms: number, updatesPerSecond: number) {
    const period = 1_000 / updatesPerSecond
    const rounds = Math.floor(ms / period)
    const start = performance.now()
    for (let round = 0; round < rounds; round++) {
      for (const [index, track] of this.tracks.entries()) {
        const due = start + (round + index / this.tracks.length) * period
        const wait = due - performance.now()
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
        this.write(track)
      }
    }
    await this.whenSettled(this.spec.drainMs)
  }

  private whenSettled(timeoutMs: number): Promise<void> {
    if (this.outstanding <= 0) return Promise.resolve()
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.onSettled = undefined
        resolve()
      }
      const timer = setTimeout(done, timeoutMs)
      this.onSettled = done
    })
  }
}
