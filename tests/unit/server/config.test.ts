/** DATABASE_URL in the configuration: a postgres:// URL selects PostgreSQL; unset or empty keeps SQLite. */
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../../server/config.ts'

describe('readConfig DATABASE_URL', () => {
  it('passes a postgres:// or postgresql:// URL through as databaseUrl', () => {
    for (const url of [
      'postgres://board@db.internal:5432/boards',
      'postgresql://127.0.0.1/boards?sslmode=require',
    ])
      expect(readConfig({ DATABASE_URL: url }).databaseUrl).toBe(url)
  })

  it('leaves databaseUrl undefined when DATABASE_URL is unset or empty', () => {
    expect(readConfig({}).databaseUrl).toBeUndefined()
    expect(readConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined()
  })

  it('refuses a URL of another database with a message naming DATABASE_URL', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://127.0.0.1/boards' })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ \(or postgresql:\/\/\) connection URL/,
    )
  })
})
