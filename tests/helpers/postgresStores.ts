/**
 * PostgresBoardStore instances for a test file: one database of its own for the file, and every
 * store opened on it closed after each test, so no pool outlives the test that opened it.
 */
import { afterEach, beforeAll } from 'vitest'
import { PostgresBoardStore } from '../../server/storage/PostgresBoardStore.ts'
import { createTestDatabase, resetTestDatabase } from './postgres.ts'

/** Registers the file's database (beforeAll) and the closing of its stores (afterEach); call at the top of a test file. */
export function usePostgresStores() {
  let databaseUrl = ''
  beforeAll(async () => {
    databaseUrl = await createTestDatabase()
  })
  const opened: PostgresBoardStore[] = []
  afterEach(async () => {
    while (opened.length > 0) await opened.pop()!.close()
  })
  return {
    /** The URL of the file's database, once beforeAll has run. */
    url: () => databaseUrl,
    /** Empties the database, then opens `count` stores on it at the same time, as that many nodes would. */
    async openFresh(count: number): Promise<PostgresBoardStore[]> {
      await resetTestDatabase(databaseUrl)
      const stores = await Promise.all(
        Array.from({ length: count }, () => PostgresBoardStore.open(databaseUrl)),
      )
      opened.push(...stores)
      return stores
    },
  }
}
