/**
 * Idle memory: what a server holds per connected client that does nothing. Rooms are opened first
 * (one client each), so that the difference counts connections, not documents. The heap figures
 * come from the server itself (memoryProbe.mjs, after full garbage collections), RSS from /proc.
 */
import { formatMegabytes, formatNumber } from '../report/table.ts'
import type { ServerMemory } from '../servers/launch.ts'
import { labelsOf, ratioToBestPeer, withServers, type Scenario, type StartedServer } from './scenario.ts'

/** Rooms the idle clients spread over: 10 clients a room keeps presence traffic at join small. */
const CLIENTS_PER_ROOM = 10
const KiB = 1024

interface Summary {
  kind: string
  label: string
  connections: number
  heapPerConnection: number
  rssPerConnection: number
  baselineHeap: number
  baselineRss: number
  withRooms: ServerMemory
  withClients: ServerMemory
}

function summarize(
  started: StartedServer,
  connections: number,
  withRooms: ServerMemory,
  withClients: ServerMemory,
): Summary {
  return {
    kind: started.server.kind,
    label: started.server.label,
    connections,
    heapPerConnection: (withClients.heapUsed - withRooms.heapUsed) / connections,
    rssPerConnection: (withClients.rss - withRooms.rss) / connections,
    baselineHeap: started.baseline.heapUsed,
    baselineRss: started.baseline.rss,
    withRooms,
    withClients,
  }
}

export const idleMemoryScenario: Scenario = {
  id: 'idle-memory',
  title: (options) => `Idle memory: ${options.clients.idle.toLocaleString('en-US')} idle connections`,
  run: (context) =>
    withServers(context, {}, async (servers) => {
      const connections = context.options.clients.idle
      const rooms = Math.max(1, Math.round(connections / CLIENTS_PER_ROOM))
      const summaries: Summary[] = []
      // One turn per server: a second turn would start from the first one's leftovers.
      for (const started of servers) {
        const { server } = started
        await context.worker.call('openRooms', server.kind, server.url, rooms)
        const withRooms = await server.memory()
        await context.worker.call('connectIdle', connections)
        const withClients = await server.memory()
        await context.worker.call('disconnectAll')
        summaries.push(summarize(started, connections, withRooms, withClients))
      }
      return {
        id: idleMemoryScenario.id,
        title: idleMemoryScenario.title(context.options),
        headings: [
          'server',
          'connections',
          'heap KiB/conn',
          'RSS KiB/conn',
          'baseline heap MB',
          'baseline RSS MB',
          'heap/conn vs best peer',
          'baseline RSS vs best peer',
        ],
        rows: summaries.map((summary) => [
          summary.label,
          summary.connections.toLocaleString('en-US'),
          formatNumber(summary.heapPerConnection / KiB),
          formatNumber(summary.rssPerConnection / KiB),
          formatMegabytes(summary.baselineHeap),
          formatMegabytes(summary.baselineRss),
          ratioToBestPeer(summaries, summary, (s) => s.heapPerConnection),
          ratioToBestPeer(summaries, summary, (s) => s.baselineRss),
        ]),
        notes: [
          `${rooms} rooms opened first (one client each), then ${connections} clients spread over them; per connection = difference / connections`,
          'heap: the server process.memoryUsage().heapUsed after forced GC; RSS: /proc VmRSS, coarse (pages, kept allocations)',
          'baseline: the idle server just after start; a server run through tsx carries the TypeScript loader in it',
        ],
        servers: labelsOf(servers),
        data: { rooms, summaries },
      }
    }),
}
