/**
 * Three nodes (server processes) on one PostgreSQL and one Redis behave as one server: updates,
 * late joiners, presence and token rotation cross nodes, and killing a node loses nothing.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createCard, readCards } from '../../../shared/board/index.ts'
import { ProviderStatus } from '../../../shared/sync/BoardProvider.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { canonicalJson, connectClient, waitForConvergence, type TestClient } from '../../helpers/clients.ts'
import { createTestDatabase } from '../../helpers/postgres.ts'
import { createRandom } from '../../helpers/random.ts'
import { createRedisPrefix, TEST_REDIS_URL } from '../../helpers/redis.ts'
import { spawnServerProcess, type ServerProcess } from '../../helpers/serverProcess.ts'
import { createBoardViaApi, makeDataDir } from '../../helpers/testServer.ts'

const SEED = Number(process.env.CONVERGENCE_SEED ?? 20261202)
/** Quick retries, so that a client of a killed node is on another within a second. */
const RETRY = { initialMs: 100, maxMs: 1_000 }

let nodes: ServerProcess[]

beforeAll(async () => {
  const env = {
    DATABASE_URL: await createTestDatabase(),
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: createRedisPrefix(),
  }
  nodes = await Promise.all([0, 1, 2].map(() => spawnServerProcess(makeDataDir(), env)))
}, 60_000)

function newBoard() {
  return createBoardViaApi(nodes[0]!, { title: 'Nodes', motion: 'One server.', articles: 'none' })
}

/** A card with `text` made by `client`; returns its id. */
function addCard(client: TestClient, text: string) {
  return createCard(client.doc, { stance: 'bull', x: 0, y: 0, text, authorId: 'a', authorName: 'A' })
}

function cardTexts(client: TestClient): string[] {
  return readCards(client.doc)
    .map((card) => card.text)
    .sort()
}

describe('three nodes behind Redis', () => {
  it('[CL1] clients spread across the nodes converge on concurrent edits', async () => {
    const { id, tokens } = await newBoard()
    const clients = await Promise.all(
      [0, 1, 2, 0, 1, 2].map((n) => connectClient(nodes[n]!.url, id, { token: tokens.edit })),
    )
    clients.forEach((client, i) => {
      for (let k = 0; k < 5; k++) addCard(client, `c${i}-${k}`)
    })
    await waitForConvergence(clients.map(({ doc }) => doc))
    expect(readCards(clients[0]!.doc)).toHaveLength(30)
  })

  it('[CL2] a late joiner on a node that held the board all along gets the edits made on the others', async () => {
    const { id, tokens } = await newBoard()
    // Node 3 loads the board now, before the edits: it must apply the others' updates to its copy.
    const watcher = await connectClient(nodes[2]!.url, id, { token: tokens.view })
    const writers = await Promise.all(
      [0, 1].map((n) => connectClient(nodes[n]!.url, id, { token: tokens.edit })),
    )
    writers.forEach((writer, i) => addCard(writer, `w${i}`))
    await waitForConvergence([...writers, watcher].map(({ doc }) => doc))
    watcher.provider.destroy()
    const late = await connectClient(nodes[2]!.url, id, { token: tokens.view })
    expect(cardTexts(late)).toEqual(['w0', 'w1'])
    // And a node that never had the board reads everything stored.
    const fresh = await newBoard()
    const writer = await connectClient(nodes[0]!.url, fresh.id, { token: fresh.tokens.edit })
    addCard(writer, 'stored')
    await vi.waitFor(async () => {
      const reader = await connectClient(nodes[1]!.url, fresh.id, { token: fresh.tokens.view })
      expect(cardTexts(reader)).toEqual(['stored'])
    })
  })

  it('[CL3] presence crosses nodes, and leaves them when its connection goes', async () => {
    const { id, tokens } = await newBoard()
    const ana = await connectClient(nodes[0]!.url, id, { token: tokens.edit, name: 'Ana' })
    const ben = await connectClient(nodes[1]!.url, id, { token: tokens.edit, name: 'Ben' })
    const namesSeenBy = (client: TestClient) =>
      [...client.provider.awareness.getStates().values()].map((state) => state.user?.name as unknown)
    await vi.waitFor(() => expect(namesSeenBy(ben)).toContain('Ana'))
    await vi.waitFor(() => expect(namesSeenBy(ana)).toContain('Ben'))
    ana.provider.destroy()
    await vi.waitFor(() => expect(namesSeenBy(ben)).not.toContain('Ana'))
  })

  it('[CL4] rotating a link on one node disconnects its holders on every node', async () => {
    const { id, tokens } = await newBoard()
    const holders = await Promise.all(
      [0, 1, 2].map((n) => connectClient(nodes[n]!.url, id, { token: tokens.edit })),
    )
    const viewer = await connectClient(nodes[2]!.url, id, { token: tokens.view })
    const response = await fetch(`${nodes[0]!.url}/api/boards/${id}/links/edit/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.moderate}` },
    })
    expect(response.status).toBe(200)
    for (const { provider } of holders) {
      await vi.waitFor(() => expect(provider.status).toBe(ProviderStatus.Error))
      expect(provider.error?.code).toBe(ErrorCode.TokenRevoked)
    }
    expect(viewer.provider.status).toBe(ProviderStatus.Synced)
  })

  it(`[CL5] random edits across nodes with one node killed (kill -9) and restarted lose no acknowledged edit (seed ${SEED})`, async () => {
    const random = createRandom(SEED)
    const { id, tokens } = await newBoard()
    const urls = nodes.map((node) => node.url)
    // Each client starts on its own node and moves on to the next when that one fails.
    const clients = await Promise.all(
      [0, 1, 2, 0, 1, 2].map((n) =>
        connectClient([...urls.slice(n), ...urls.slice(0, n)], id, { token: tokens.edit, retry: RETRY }),
      ),
    )
    const made: string[] = []
    let restarted: Promise<void> | undefined
    for (let step = 0; step < 120; step++) {
      const text = `s${step}`
      addCard(random.pick(clients), text)
      made.push(text)
      if (step === 40) await nodes[1]!.kill()
      // Edits go on while it starts again: its clients are on the other nodes by then.
      if (step === 60) restarted = nodes[1]!.restart()
      if (random.next() < 0.3) await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await restarted
    await Promise.all(clients.map(({ provider }) => provider.whenSynced()))
    await waitForConvergence(
      clients.map(({ doc }) => doc),
      20_000,
    )
    // What PostgreSQL holds, read by a client on the restarted node.
    const late = await connectClient(urls[1]!, id, { token: tokens.view })
    await waitForConvergence([clients[0]!.doc, late.doc])
    expect(cardTexts(late)).toEqual([...made].sort())
    expect(canonicalJson(late.doc)).toBe(canonicalJson(clients[0]!.doc))
  }, 40_000)

  // Last in the file: it leaves the third node dead.
  it('[CL7] a node killed (kill -9) and never restarted: its clients move to the others, keep editing, and lose nothing', async () => {
    const { id, tokens } = await newBoard()
    const urls = nodes.map((node) => node.url)
    const doomed = urls[2]!
    const onDoomed = await Promise.all(
      [0, 1].map(() => connectClient([doomed, urls[0]!, urls[1]!], id, { token: tokens.edit, retry: RETRY })),
    )
    const onSurvivors = await Promise.all(
      [0, 1].map((n) => connectClient(urls[n]!, id, { token: tokens.edit, retry: RETRY })),
    )
    const clients = [...onDoomed, ...onSurvivors]
    const made: string[] = []
    const edit = (client: TestClient, text: string) => {
      addCard(client, text)
      made.push(text)
    }
    clients.forEach((client, i) => edit(client, `before-${i}`))
    // Acknowledged: a survivor's client holds every edit made so far.
    await waitForConvergence(clients.map(({ doc }) => doc))
    await nodes[2]!.kill()
    // Edits made while the doomed node's clients are cut off, then after they have moved on.
    onDoomed.forEach((client, i) => edit(client, `cut-off-${i}`))
    for (const { provider } of onDoomed) {
      await vi.waitFor(() => expect(provider.url).not.toBe(doomed), { timeout: 10_000 })
      await provider.whenSynced()
    }
    clients.forEach((client, i) => edit(client, `after-${i}`))
    await waitForConvergence(clients.map(({ doc }) => doc))
    // What the survivors hold, read by fresh clients on each.
    const readers = await Promise.all([0, 1].map((n) => connectClient(urls[n]!, id, { token: tokens.view })))
    await waitForConvergence([clients[0]!.doc, ...readers.map(({ doc }) => doc)])
    for (const reader of readers) {
      expect(cardTexts(reader)).toEqual([...made].sort())
      expect(canonicalJson(reader.doc)).toBe(canonicalJson(clients[0]!.doc))
    }
  }, 30_000)
})
