/**
 * What the client worker does on request. The bench process (which owns the servers) calls these
 * over IPC, so that the clients' CPU never counts as a server's.
 */
import type { BenchRoom } from '../servers/clientAdapter.ts'
import type { ServerKind } from '../servers/serverKind.ts'

/** Clients in rooms, some writing at a steady rate: every scenario with a latency. */
export interface TrafficSpec {
  kind: ServerKind
  url: string
  rooms: number
  clientsPerRoom: number
  /** The first `writersPerRoom` clients of each room write, each into a card of its own. */
  writersPerRoom: number
  /** Updates per second of each writer. */
  updatesPerSecond: number
  /** Whether every client publishes a presence (name, colour, cursor) in awareness. */
  presence: boolean
  /** Writing before the window, unmeasured, so that the window finds the server's JIT warm. */
  warmUp: { ms: number; updatesPerSecond: number }
  durationMs: number
  /** How long to wait, after the last write, for deliveries still on the way. */
  drainMs: number
}

/** What one traffic window measured. */
export interface TrafficResult {
  written: number
  /** Each written update times the clients of its room other than its writer. */
  expected: number
  delivered: number
  /** Milliseconds from each write to each of its deliveries. */
  latencies: Float64Array
  /** From the first write to the last delivery (or the end of the drain). */
  elapsedMs: number
  /** The worker's own CPU seconds in the window: near 1 per second means the clients, not the server, set the pace. */
  clientCpuSeconds: number
  /**
   * With presence: the fewest other presences any client held at the end of the window, of the
   * room's size less one (a server whose clients lose presence shows fewer).
   */
  presenceSeen?: { fewest: number; of: number }
  /** The p99 and longest delay of the worker's own event loop in the window (ms): latency the clients added. */
  clientLoopDelay: { p99: number; max: number }
}

/** A board with `cards` cards, stored by the server with nobody connected. */
export interface SeedSpec {
  kind: ServerKind
  url: string
  cards: number
}

/** The calls the bench makes; each returns once the work is done. */
export interface WorkerApi {
  /** Opens the rooms, connects every client and runs a warm-up; the clients stay connected. */
  setUpTraffic(spec: TrafficSpec): Promise<{ connectMs: number; connectCpuSeconds: number }>
  /** Writes for the spec's duration and collects deliveries. */
  runTraffic(): Promise<TrafficResult>
  /** Creates and fills a board, then leaves it. */
  seedBoard(spec: SeedSpec): Promise<BenchRoom>
  /** Joins a board and returns the milliseconds until the client holds all of its `cards` cards. */
  coldJoin(kind: ServerKind, url: string, room: BenchRoom, cards: number): Promise<number>
  /** Opens `rooms` rooms with one client each; they stay connected. */
  openRooms(kind: ServerKind, url: string, rooms: number): Promise<void>
  /** Connects `count` more clients, spread over the open rooms; they stay connected. */
  connectIdle(count: number): Promise<{ connectMs: number }>
  /** Disconnects every client the worker holds. */
  disconnectAll(): Promise<void>
}

export type WorkerMethod = keyof WorkerApi

/** A call from the bench to the worker. */
export interface WorkerRequest {
  id: number
  method: WorkerMethod
  args: unknown[]
}

/** The worker's answer to one call. */
export type WorkerResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string }
