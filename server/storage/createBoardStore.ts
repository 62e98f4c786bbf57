/** Picks the board store from the configuration: PostgreSQL when DATABASE_URL is set, else SQLite. */
import type { ServerConfig } from '../config.ts'
import type { Logger } from '../log.ts'
import type { BoardStore } from './BoardStore.ts'
import { SqliteBoardStore } from './SqliteBoardStore.ts'

/**
 * Opens the configured store: PostgreSQL (migrated before this resolves) when `databaseUrl` is set,
 * otherwise the zero-set-up SQLite file in `dataDir`.
 */
export async function createBoardStore(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>,
  log?: Pick<Logger, 'warn'>,
): Promise<BoardStore> {
  if (config.databaseUrl) {
    // Imported here, not at the top: pg costs every SQLite server memory it never uses.
    const { PostgresBoardStore } = await import('./PostgresBoardStore.ts')
    return PostgresBoardStore.open(config.databaseUrl, { log })
  }
  return SqliteBoardStore.inDataDir(config.dataDir)
}
