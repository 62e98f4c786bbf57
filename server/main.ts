/** `npm start`: builds the client if needed, then serves everything on one port. */
import { readConfig } from './config.ts'
import { DEMO_BOARD_ID } from '../shared/board/ids.ts'
import { ensureClientBuild } from './http/clientBuild.ts'
import { createLogger } from './log.ts'
import { startServer } from './startServer.ts'

const logger = createLogger()

async function main() {
  const config = readConfig()
  if (!process.argv.includes('--no-build')) await ensureClientBuild((message) => logger.info(message))
  const server = await startServer(config, { logger })
  logger.info({ url: server.url, port: server.port, dataDir: config.dataDir }, 'Debate Board is running')
  const demoUrl = `${server.url}/b/${DEMO_BOARD_ID}`
  // The one line a person starting the app looks for; printed plainly on purpose, beside the JSON log.
  process.stdout.write(`\n  Debate Board is ready: ${server.url}\n  Demo board: ${demoUrl}\n`)
  if (server.demoTokens) {
    process.stdout.write(
      `  Demo moderator link (shown once): ${demoUrl}#token=${server.demoTokens.moderate}\n\n`,
    )
  }
  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down')
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', () => stop('SIGINT'))
  process.once('SIGTERM', () => stop('SIGTERM'))
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'Debate Board could not start')
  process.exit(1)
})
