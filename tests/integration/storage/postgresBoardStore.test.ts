/** The BoardStore contract run against PostgreSQL (a real server, a database of this file's own). */
import { beforeAll } from 'vitest'
import { PostgresBoardStore } from '../../../server/storage/PostgresBoardStore.ts'
import { createTestDatabase, resetTestDatabase } from '../../helpers/postgres.ts'
import { describeBoardStoreContract, describeReopenContract } from '../../unit/storage/boardStoreContract.ts'

let databaseUrl: string
beforeAll(async () => {
  databaseUrl = await createTestDatabase()
})

// Every test starts from an empty schema, so every test also migrates a fresh database.
describeBoardStoreContract('PostgresBoardStore', async () => {
  await resetTestDatabase(databaseUrl)
  return PostgresBoardStore.open(databaseUrl)
})

describeReopenContract('PostgresBoardStore', async () => {
  await resetTestDatabase(databaseUrl)
  return () => PostgresBoardStore.open(databaseUrl)
})
