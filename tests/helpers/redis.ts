/**
 * The local Redis for tests that join nodes (starting it first if it does not answer), and a key
 * prefix of their own per test file, whose keys are deleted afterwards.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { createClient } from 'redis'
import { registerCleanup } from './cleanup.ts'

/** The Redis the tests use; TEST_REDIS_URL points elsewhere. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const START_SERVICES = fileURLToPath(new URL('../../scripts/startServices.sh', import.meta.url))

let redisChecked = false

/** Starts the local Redis unless it answers already (the same script .ci/run uses). */
function ensureRedis() {
  if (redisChecked || process.env.TEST_REDIS_URL) return
  try {
    execFileSync(START_SERVICES, ['redis'], { stdio: ['ignore', 'ignore', 'inherit'] })
  } catch (error) {
    throw new Error(
      `Redis does not answer at ${TEST_REDIS_URL} and scripts/startServices.sh could not start it ` +
        `(install it with apt-get install redis-server, or set TEST_REDIS_URL): ${String(error)}`,
    )
  }
  redisChecked = true
}

/**
 * A key prefix no other test run uses (`debate-board-test:<random>:`); every key under it is deleted
 * after the current test, or after the file when called in beforeAll.
 */
export function createRedisPrefix(): string {
  ensureRedis()
  const prefix = `debate-board-test:${crypto.randomBytes(6).toString('hex')}:`
  registerCleanup(() => deleteKeys(prefix))
  return prefix
}

async function deleteKeys(prefix: string) {
  const client = createClient({ url: TEST_REDIS_URL })
  await client.connect()
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 }))
      if (keys.length > 0) await client.del(keys)
  } finally {
    await client.quit()
  }
}
