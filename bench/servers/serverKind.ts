/** The servers the bench compares: ours and the two reference servers. */
export const ServerKind = {
  DebateBoard: 'debate-board',
  YWebsocket: 'y-websocket',
  Hocuspocus: 'hocuspocus',
} as const
export type ServerKind = (typeof ServerKind)[keyof typeof ServerKind]

/** Every kind, ours first: the order in which trials take turns. */
export const SERVER_KINDS: readonly ServerKind[] = Object.values(ServerKind)

/** The peers, i.e. every kind but ours. */
export const PEER_KINDS: readonly ServerKind[] = SERVER_KINDS.filter(
  (kind) => kind !== ServerKind.DebateBoard,
)
