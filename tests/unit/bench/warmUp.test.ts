/** The warm-up burst before each server's first window: its rate per writer, from the room's shape. */
import { describe, expect, it } from 'vitest'
import { readOptions } from '../../../bench/options.ts'
import { warmUpOf } from '../../../bench/scenarios/traffic.ts'

const options = readOptions([])
const shape = (rooms: number, clientsPerRoom: number, writersPerRoom: number, updatesPerSecond: number) => ({
  rooms,
  clientsPerRoom,
  writersPerRoom,
  updatesPerSecond,
  presence: false,
})

describe('warm-up', () => {
  it.each([
    ['fan-out-50: 10,000 deliveries/s would be 204 updates/s, capped at 200', shape(1, 50, 1, 20), 200],
    ['fan-out-200: 10,000 / 199 receivers', shape(1, 200, 1, 20), 50],
    ['many writers: 10,000 / (50 writers × 49 receivers)', shape(1, 50, 50, 2), 4],
    ['many rooms: 10,000 / (50 rooms × 19 receivers)', shape(50, 20, 1, 2), 10],
    ['a window faster than the burst keeps its own rate', shape(1, 1_000, 1, 20), 20],
  ])('%s', (_, roomShape, updatesPerSecond) => {
    expect(warmUpOf(roomShape, options)).toEqual({ ms: 10_000, updatesPerSecond })
  })
})
