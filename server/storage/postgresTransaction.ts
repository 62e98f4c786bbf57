/** Runs work in one PostgreSQL transaction on one pooled connection, rolled back if the work throws. */
import type { Pool, PoolClient } from 'pg'

/**
 * Runs `work` between `begin` (e.g. 'BEGIN ISOLATION LEVEL REPEATABLE READ') and COMMIT.
 * A connection whose ROLLBACK failed is destroyed instead of going back to the pool half-open.
 */
export async function inTransaction<T>(
  pool: Pool,
  begin: string,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  let broken: Error | undefined
  try {
    await client.query(begin)
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError))
    })
    throw error
  } finally {
    client.release(broken)
  }
}
