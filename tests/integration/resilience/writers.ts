/**
 * Writers for the restart-under-load test: each a BoardProvider with its own participant key that
 * keeps creating cards and typing into them on a timer, connected or not, and remembers what it
 * wrote so the server's board can be checked against it.
 */
import { createCard, getCardText, setCardText } from '../../../shared/board/index.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { ProviderStatus } from '../../../shared/sync/BoardProvider.ts'
import { createParticipantKey } from '../../../shared/sync/participantKey.ts'
import { createClient, type TestClient } from '../../helpers/clients.ts'
import { createRandom } from '../../helpers/random.ts'

/** The codes by which the server refuses an edit for good: each would reopen the board in a browser. */
export const REFUSAL_CODES: ReadonlySet<string> = new Set([
  ErrorCode.UpdateRefused,
  ErrorCode.Forbidden,
  ErrorCode.LimitReached,
  ErrorCode.TooLarge,
  ErrorCode.MalformedMessage,
])

/** What went wrong, as the writers saw it. */
export interface Incidents {
  /** Each `board-error` with a refusal code, with its message. */
  refusals: string[]
  diverged: number
  /** Every `board-error` code seen, refusals or not, with its count. */
  boardErrors: Map<string, number>
}

export interface Writer {
  index: number
  client: TestClient
  /** The text of every card this writer created, as it last typed it. */
  readonly cards: Map<string, string>
  edits: number
  /** Times this writer reached Synced. */
  syncs: number
  stop(): void
}

export interface WriterOptions {
  url: string
  boardId: string
  token: string
  intervalMs: number
  /** The most cards this writer makes; after that it only types, so a long soak stays under the board's card limit. */
  maxCards: number
  seed: number
  incidents: Incidents
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz 辩论'

/** A writer that edits every `intervalMs` (±50 %) until stopped; about one edit in eight makes a card, up to `maxCards`. */
export function startWriter(index: number, options: WriterOptions): Writer {
  const random = createRandom(options.seed + index)
  const client = createClient(options.url, options.boardId, {
    token: options.token,
    participantKey: createParticipantKey(),
    name: `writer ${index}`,
    // Back in quickly after a restart; the server comes back within seconds.
    retry: { initialMs: 100, maxMs: 1_000 },
  })
  const writer: Writer = { index, client, cards: new Map(), edits: 0, syncs: 0, stop }
  watchIncidents(writer, options.incidents)
  let timer: ReturnType<typeof setTimeout> | undefined
  const schedule = () => {
    timer = setTimeout(edit, options.intervalMs * (0.5 + random.next()))
  }
  const edit = () => {
    writeOnce(writer, random, options.maxCards)
    writer.edits++
    schedule()
  }
  function stop() {
    clearTimeout(timer)
    timer = undefined
  }
  schedule()
  return writer
}

/** One edit: a new card, a letter typed at the end of a card, or the last letter deleted. */
function writeOnce(writer: Writer, random: ReturnType<typeof createRandom>, maxCards: number) {
  const { doc } = writer.client
  if (writer.cards.size === 0 || (writer.cards.size < maxCards && random.next() < 0.125)) {
    const text = `w${writer.index}`
    const id = createCard(doc, {
      stance: random.next() < 0.5 ? 'bull' : 'bear',
      x: random.int(2_000),
      y: random.int(2_000),
      text,
      authorId: `writer-${writer.index}`,
      authorName: `Writer ${writer.index}`,
    })
    writer.cards.set(id, text)
    return
  }
  const id = random.pick([...writer.cards.keys()])
  const current = writer.cards.get(id)!
  const next =
    random.next() < 0.2 && current.length > 2 ? current.slice(0, -1) : current + random.pick([...LETTERS])
  setCardText(doc, id, next)
  writer.cards.set(id, next)
  // The writer is the only one typing into its cards, so its doc must say exactly that.
  if (getCardText(doc, id)?.toString() !== next) throw new Error(`writer ${writer.index} lost its own typing`)
}

function watchIncidents(writer: Writer, incidents: Incidents) {
  const { provider } = writer.client
  provider.on('board-error', (error) => {
    incidents.boardErrors.set(error.code, (incidents.boardErrors.get(error.code) ?? 0) + 1)
    if (REFUSAL_CODES.has(error.code))
      incidents.refusals.push(`writer ${writer.index}: ${error.code} ${error.message}`)
  })
  provider.on('diverged', () => incidents.diverged++)
  provider.on('status', ({ status }) => {
    if (status === ProviderStatus.Synced) writer.syncs++
  })
}
