/**
 * Limits that hold for the whole deployment: two nodes on one Redis count one address's connections
 * and board creations together, so spreading them over the nodes does not double the allowance.
 * Each node keeps its own SQLite store here: the count must come from Redis, not from shared storage.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { ErrorCode, type ErrorPayload } from '../../../shared/errors.ts'
import { connectRawSocket } from '../../helpers/clients.ts'
import { createRedisPrefix, TEST_REDIS_URL } from '../../helpers/redis.ts'
import { createTestBoard, startTestServer, type TestServer } from '../../helpers/testServer.ts'
import { currentScope } from '../../helpers/cleanup.ts'

const CONNECTIONS = 4
const BOARDS = 3

let nodes: TestServer[]

beforeAll(async () => {
  const scope = currentScope()
  const shared = {
    redisUrl: TEST_REDIS_URL,
    redisKeyPrefix: createRedisPrefix(),
    // Far longer windows than the test: nothing is refilled while it runs.
    limits: {
      connections: { burst: CONNECTIONS, perSecond: CONNECTIONS / 3600 },
      boardsPerIpPerHour: BOARDS,
    },
  }
  nodes = [await startTestServer(shared, scope), await startTestServer(shared, scope)]
})

/** How `url` answers one more socket for `auth`: 'connected', or the refusal's code. */
async function tryConnect(url: string, auth: Record<string, unknown>): Promise<string> {
  try {
    const { socket } = await connectRawSocket(url, auth)
    socket.disconnect()
    return 'connected'
  } catch (error) {
    return (error as { data?: ErrorPayload }).data?.code ?? String(error)
  }
}

async function createBoardOn(node: TestServer): Promise<number> {
  const response = await fetch(`${node.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Limits', motion: 'Counted once.', articles: 'none' }),
  })
  return response.status
}

describe('limits counted in Redis across nodes', () => {
  it('[CL8] connections from one address, alternated between two nodes, stop at the one global limit on both', async () => {
    const boards = await Promise.all(nodes.map((node) => createTestBoard(node)))
    const answers: string[] = []
    for (let i = 0; i < CONNECTIONS + 2; i++) {
      const n = i % 2
      answers.push(await tryConnect(nodes[n]!.url, { boardId: boards[n]!.id, token: boards[n]!.tokens.edit }))
    }
    expect(answers).toEqual([
      ...Array<string>(CONNECTIONS).fill('connected'),
      ErrorCode.RateLimited,
      ErrorCode.RateLimited,
    ])
  })

  it('[CL9] boards created from one address, alternated between two nodes, stop at the one hourly limit on both', async () => {
    const statuses: number[] = []
    for (let i = 0; i < BOARDS + 2; i++) statuses.push(await createBoardOn(nodes[i % 2]!))
    expect(statuses).toEqual([...Array<number>(BOARDS).fill(201), 429, 429])
  })
})
