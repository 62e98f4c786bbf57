/** The traffic scenarios: their shapes, with sizes and windows from the options. */
import type { BenchOptions } from '../options.ts'
import type { Scenario } from './scenario.ts'
import { trafficScenario } from './traffic.ts'

const count = (value: number) => value.toLocaleString('en-US')
const usualWindow = (options: BenchOptions) => options.durationSeconds

/** The traffic scenarios, in the order they run. */
export const TRAFFIC_SCENARIOS: readonly Scenario[] = [
  ...(['fan-out-50', 'fan-out-200'] as const).map((id, which) =>
    trafficScenario({
      id,
      title: (shape) =>
        `Fan-out: 1 writer at 20 updates/s, ${count(shape.clientsPerRoom)} clients in one room`,
      shape: (options) => ({
        rooms: 1,
        clientsPerRoom: options.clients.fanOut[which] ?? 50,
        writersPerRoom: 1,
        updatesPerSecond: 20,
        presence: false,
      }),
      heavy: false,
      seconds: usualWindow,
      probeHealth: false,
    }),
  ),
  trafficScenario({
    id: 'many-writers',
    title: (shape) => `Many writers: ${shape.clientsPerRoom} clients in one room, each writing 2 updates/s`,
    shape: () => ({ rooms: 1, clientsPerRoom: 50, writersPerRoom: 50, updatesPerSecond: 2, presence: false }),
    heavy: false,
    seconds: usualWindow,
    probeHealth: false,
  }),
]

/** The 1,000-client traffic scenarios. */
export const HEAVY_TRAFFIC_SCENARIOS: readonly Scenario[] = [
  trafficScenario({
    id: 'many-rooms',
    title: (shape) =>
      `Many rooms: ${count(shape.rooms * shape.clientsPerRoom)} clients across ${shape.rooms} rooms, one writer per room at 2 updates/s`,
    shape: (options) => ({
      rooms: Math.max(1, Math.round(options.clients.manyRooms / 20)),
      clientsPerRoom: 20,
      writersPerRoom: 1,
      updatesPerSecond: 2,
      presence: false,
    }),
    heavy: true,
    seconds: usualWindow,
    probeHealth: false,
  }),
  trafficScenario({
    id: 'one-room-presence',
    title: (shape) =>
      `One big room: ${count(shape.clientsPerRoom)} clients with presence, one writer at 5 updates/s`,
    shape: (options) => ({
      rooms: 1,
      clientsPerRoom: options.clients.oneRoom,
      writersPerRoom: 1,
      updatesPerSecond: 5,
      presence: true,
    }),
    heavy: true,
    seconds: (options) => options.presenceSeconds,
    probeHealth: true,
  }),
]
