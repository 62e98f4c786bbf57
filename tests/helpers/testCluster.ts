/** In-process nodes of one cluster: a fresh PostgreSQL database and one Redis key prefix for all. */
import { currentScope } from './cleanup.ts'
import { createTestDatabase } from './postgres.ts'
import { createRedisPrefix, TEST_REDIS_URL } from './redis.ts'
import { startTestServer, type TestServer } from './testServer.ts'

/** Starts `count` nodes sharing a new database and Redis prefix, with `overrides` on each. */
export async function startTestCluster(
  count: number,
  overrides: Parameters<typeof startTestServer>[0] = {},
): Promise<TestServer[]> {
  const scope = currentScope()
  const shared = {
    databaseUrl: await createTestDatabase(),
    redisUrl: TEST_REDIS_URL,
    redisKeyPrefix: createRedisPrefix(),
    ...overrides,
  }
  const nodes: TestServer[] = []
  // One after the other: each runs the migrations at start.
  for (let n = 0; n < count; n++) nodes.push(await startTestServer(shared, scope))
  return nodes
}
