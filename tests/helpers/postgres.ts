/**
 * A PostgreSQL database of its own for each test file, so parallel files never share state: created
 * from the maintenance database (starting PostgreSQL first if it does not answer), dropped afterwards.
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { Client } from 'pg'
import { registerCleanup } from './cleanup.ts'

/** The server the tests use, through its maintenance database; TEST_POSTGRES_URL points elsewhere. */
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const START_SERVICES = fileURLToPath(new URL('../../scripts/startServices.sh', import.meta.url))

let postgresChecked = false

/** Starts the local PostgreSQL unless it answers already (the same script .ci/run uses). */
function ensurePostgres() {
  if (postgresChecked) return
  try {
    execFileSync(START_SERVICES, ['postgres'], { stdio: ['ignore', 'ignore', 'inherit'] })
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${ADMIN_URL} and scripts/startServices.sh could not start it ` +
        `(install it with apt-get install postgresql, or set TEST_POSTGRES_URL): ${String(error)}`,
    )
  }
  postgresChecked = true
}

/** Runs `sql` on the database at `url` over a connection of its own (for a test that goes behind a store's back). */
export async function runSql(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** The URL of the same server with another database. */
function urlOfDatabase(name: string): string {
  const url = new URL(ADMIN_URL)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * Creates an empty database named `debate_board_test_<random>` and resolves with its URL; it is
 * dropped (its connections ended) after the current test, or after the file when called in beforeAll.
 */
export async function createTestDatabase(): Promise<string> {
  ensurePostgres()
  const name = `debate_board_test_${crypto.randomBytes(6).toString('hex')}`
  await runSql(ADMIN_URL, `CREATE DATABASE ${name}`)
  registerCleanup(() => runSql(ADMIN_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
  return urlOfDatabase(name)
}

/** Empties a test database (its public schema, migrations record included), as if freshly created. */
export async function resetTestDatabase(url: string): Promise<void> {
  await runSql(url, 'DROP SCHEMA public CASCADE; CREATE SCHEMA public')
}
