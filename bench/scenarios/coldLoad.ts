/**
 * Cold load: how long a client takes to join and sync a board that is not in memory, when its
 * stored form is a long update log, a snapshot plus a short log, or a single snapshot.
 */
import * as Y from 'yjs'
import { createCard, createId, getCardText, initBoard } from '../../shared/board/index.ts'
import { issueTokens } from '../../server/auth/capabilities.ts'
import type { BoardStore } from '../../server/storage/BoardStore.ts'
import { connectBoardClient } from '../clients.ts'
import { elapsedMs, median } from '../measure.ts'
import { PeerKind, startBenchServer, type BenchBoard } from '../peers.ts'
import { formatRatio, type Row } from '../table.ts'

const UPDATES = 5_000
/** The default COMPACT_AFTER_UPDATES: the longest log a healthy server leaves behind. */
const SHORT_LOG = 500
const SAMPLES = 5
const KiB = 1024

/** One board's history: its first state and UPDATES one-character edits. */
function buildHistory() {
  const doc = new Y.Doc()
  initBoard(doc, { title: 'Cold load' })
  const cardId = createCard(doc, { stance: 'bear', x: 0, y: 0, authorId: 'bench', authorName: 'Bench' })
  const base = Y.encodeStateAsUpdate(doc)
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const text = getCardText(doc, cardId)
  for (let i = 0; i < UPDATES; i++) text?.insert(text.length, i % 10 === 9 ? ' ' : 'x')
  doc.destroy()
  return { base, updates }
}

/** The state after `base` and `updates`, as one snapshot. */
function snapshotOf(base: Uint8Array, updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, base)
  for (const update of updates) Y.applyUpdate(doc, update)
  const snapshot = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return snapshot
}

interface StoredForm {
  name: string
  snapshot: Uint8Array
  log: readonly Uint8Array[]
}

/** The same content stored three ways; the last, one snapshot, is the reference. */
function storedForms(): [StoredForm, StoredForm, StoredForm] {
  const { base, updates } = buildHistory()
  return [
    { name: `log of ${UPDATES.toLocaleString('en-US')} updates`, snapshot: base, log: updates },
    {
      name: `snapshot + ${SHORT_LOG} updates`,
      snapshot: snapshotOf(base, updates.slice(0, -SHORT_LOG)),
      log: updates.slice(-SHORT_LOG),
    },
    { name: 'one snapshot', snapshot: snapshotOf(base, updates), log: [] },
  ]
}

async function storeBoard(store: BoardStore, form: StoredForm): Promise<BenchBoard> {
  const { tokens, hashes } = await issueTokens()
  const id = createId()
  await store.createBoard({
    id,
    createdAt: Date.now(),
    documents: { board: form.snapshot },
    tokenHashes: hashes,
  })
  for (const update of form.log) await store.appendUpdate(id, 'board', update)
  return { id, cardIds: [], initialState: form.snapshot, token: tokens.edit }
}

async function timeJoin(url: string, board: BenchBoard): Promise<number> {
  const start = performance.now()
  const client = await connectBoardClient(url, board)
  const ms = elapsedMs(start)
  client.destroy()
  return ms
}

export async function runColdLoad(): Promise<{ rows: Row[]; notes: string[] }> {
  const forms = storedForms()
  const { server, close } = await startBenchServer(PeerKind.Sqlite)
  try {
    await timeJoin(server.url, await storeBoard(server.store, forms[2])) // warm-up
    const samples = forms.map(() => [] as number[])
    // Interleaved, each join on a board of its own, so that no room is already in memory.
    for (let sample = 0; sample < SAMPLES; sample++) {
      for (const [index, form] of forms.entries()) {
        samples[index]?.push(await timeJoin(server.url, await storeBoard(server.store, form)))
      }
    }
    const times = samples.map(median)
    const snapshotMs = times[2] ?? Number.NaN
    const rows = forms.map((form, index) => ({
      scenario: 'cold load',
      peer: form.name,
      figure: times[index] ?? Number.NaN,
      unit: 'ms',
      ratio: `${formatRatio(times[index] ?? Number.NaN, snapshotMs)} vs one snapshot`,
    }))
    const bytes = (form: StoredForm) => form.snapshot.length + form.log.reduce((sum, u) => sum + u.length, 0)
    return {
      rows,
      notes: [
        `join to synced on our server (SQLite), median of ${SAMPLES}; lower is better`,
        `stored bytes: ${forms.map((form) => `${form.name} ${(bytes(form) / KiB).toFixed(1)} KiB`).join(', ')}`,
      ],
    }
  } finally {
    await close()
  }
}
