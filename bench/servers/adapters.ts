/** The client adapter of each server kind. */
import type { ClientAdapter } from './clientAdapter.ts'
import { debateBoardAdapter } from './debateBoard.ts'
import { hocuspocusAdapter } from './hocuspocus.ts'
import { ServerKind } from './serverKind.ts'
import { yWebsocketAdapter } from './yWebsocket.ts'

const ADAPTERS: Record<ServerKind, ClientAdapter> = {
  [ServerKind.DebateBoard]: debateBoardAdapter,
  [ServerKind.YWebsocket]: yWebsocketAdapter,
  [ServerKind.Hocuspocus]: hocuspocusAdapter,
}

/** The client adapter that speaks to servers of `kind`. */
export function adapterFor(kind: ServerKind): ClientAdapter {
  return ADAPTERS[kind]
}
