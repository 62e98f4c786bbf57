/**
 * Restart under load: writers keep editing one board while the server is killed with SIGKILL and
 * started again, over and over. No edit may be refused (a browser would reopen the board and lose
 * its undo history) and none may be lost. Counts are configurable for a longer soak:
 * RESTART_WRITERS, RESTART_COUNT, RESTART_EDIT_INTERVAL_MS; RESTART_VERBOSE=1 prints each restart.
 */
import { describe, expect, it, vi } from 'vitest'
import { readCards } from '../../../shared/board/index.ts'
import { readConfig } from '../../../server/config.ts'
import { ProviderStatus } from '../../../shared/sync/BoardProvider.ts'
import { connectClient, waitForConvergence } from '../../helpers/clients.ts'
import { spawnServerProcess, type ServerProcess } from '../../helpers/serverProcess.ts'
import { createBoardViaApi, makeDataDir } from '../../helpers/testServer.ts'
import { startWriter, type Incidents, type Writer } from './writers.ts'

const WRITERS = Number(process.env.RESTART_WRITERS ?? 20)
const RESTARTS = Number(process.env.RESTART_COUNT ?? 20)
/** About four edits a second per writer. */
const EDIT_INTERVAL_MS = Number(process.env.RESTART_EDIT_INTERVAL_MS ?? 250)
/** Before each kill, at least this many writers are synced again, and have made edits since. */
const SYNCED_BEFORE_KILL = Math.max(1, Math.ceil(WRITERS / 4))
const SEED = 7
/** The server's default card limit per board: the writers stay well under it. */
const MAX_CARDS_PER_BOARD = readConfig({}).limits.maxCardsPerBoard
const VERBOSE = process.env.RESTART_VERBOSE === '1'
/** About 7 s per restart on a loaded 2-core machine (most of it the server starting), with room to spare. */
const TIMEOUT_MS = 60_000 + RESTARTS * 10_000

describe('restart under load', () => {
  it(
    `[SY29] Restart under load: ${WRITERS} writers, ${RESTARTS} kill -9 restarts, zero refusals, zero lost edits`,
    async () => {
      const started = Date.now()
      const server = await spawnServerProcess(makeDataDir())
      const { id: boardId, tokens } = await createBoardViaApi(server, {
        title: 'Restart under load',
        template: 'blank',
      })
      const incidents: Incidents = { refusals: [], diverged: 0, boardErrors: new Map() }
      const writers = Array.from({ length: WRITERS }, (_, index) =>
        startWriter(index, {
          url: server.url,
          boardId,
          token: tokens.edit,
          intervalMs: EDIT_INTERVAL_MS,
          maxCards: Math.floor(MAX_CARDS_PER_BOARD / 2 / WRITERS),
          seed: SEED,
          incidents,
        }),
      )

      for (let restart = 0; restart < RESTARTS; restart++) {
        const t0 = Date.now()
        await waitForWritersBack(writers, SYNCED_BEFORE_KILL)
        const t1 = Date.now()
        await server.restart()
        if (VERBOSE)
          process.stdout.write(
            `restart ${restart + 1}: writers back in ${t1 - t0} ms, restart took ${Date.now() - t1} ms, ` +
              `${writers.reduce((sum, w) => sum + w.edits, 0)} edits, refusals ${incidents.refusals.length}\n`,
          )
      }
      await waitForWritersBack(writers, WRITERS)
      for (const writer of writers) writer.stop()
      const edits = writers.reduce((sum, writer) => sum + writer.edits, 0)

      // The server holds every card of every writer with its final text, as does every writer.
      const reader = await connectClient(server.url, boardId, { token: tokens.view })
      await vi.waitFor(() => expect(cardTexts(reader.doc)).toEqual(expectedTexts(writers)), {
        timeout: 30_000,
        interval: 100,
      })
      await waitForConvergence([reader.doc, ...writers.map((writer) => writer.client.doc)], 30_000)
      // And holds them durably: with every client gone, one more SIGKILL loses none of them.
      for (const writer of writers) writer.client.provider.destroy()
      reader.provider.destroy()
      await server.restart()
      const afterKill = await connectClient(server.url, boardId, { token: tokens.view })
      expect(cardTexts(afterKill.doc)).toEqual(expectedTexts(writers))

      report(server, writers, incidents, edits, Date.now() - started)
      expect(incidents.refusals).toEqual([])
      expect(incidents.diverged).toBe(0)
    },
    TIMEOUT_MS,
  )
})

/** Waits until `count` writers have synced on the current server and each has edited since. */
async function waitForWritersBack(writers: Writer[], count: number): Promise<void> {
  const marks = writers.map((writer) => ({ writer, syncs: writer.syncs, edits: writer.edits }))
  await vi.waitFor(
    () => {
      const back = marks.filter(
        ({ writer, syncs, edits }) =>
          writer.client.provider.status === ProviderStatus.Synced &&
          writer.syncs > syncs &&
          writer.edits > edits,
      )
      if (back.length < count) throw new Error(`${back.length} of ${count} writers back`)
    },
    { timeout: 30_000, interval: 20 },
  )
}

/** Every card's text, by id, sorted. */
function cardTexts(doc: Parameters<typeof readCards>[0]): [string, string][] {
  return readCards(doc)
    .map((card): [string, string] => [card.id, card.text])
    .sort(([a], [b]) => a.localeCompare(b))
}

function expectedTexts(writers: Writer[]): [string, string][] {
  return writers.flatMap((writer) => [...writer.cards]).sort(([a], [b]) => a.localeCompare(b))
}

function report(server: ServerProcess, writers: Writer[], incidents: Incidents, edits: number, ms: number) {
  const cards = writers.reduce((sum, writer) => sum + writer.cards.size, 0)
  const codes = [...incidents.boardErrors].map(([code, n]) => `${code} ×${n}`).join(', ') || 'none'
  const refusedOnServer = server.warnings.filter((entry) => entry.msg === 'sync message refused')
  process.stdout.write(
    `[SY29] ${WRITERS} writers, ${RESTARTS} kill -9 restarts (+1 final), ${edits} edits, ${cards} cards, ` +
      `${(ms / 1000).toFixed(1)} s; refusals ${incidents.refusals.length}, diverged ${incidents.diverged}; ` +
      `board-errors: ${codes}; server-side refusals logged: ${refusedOnServer.length}\n`,
  )
  for (const refusal of incidents.refusals.slice(0, 10)) process.stdout.write(`  ${refusal}\n`)
}
