import { describe, expect, it } from 'vitest'
import {
  createCard,
  deleteCard,
  getCardText,
  linkCards,
  moveCard,
  readCards,
} from '../../shared/board/index.ts'
import { canonicalJson, connectClient, waitForConvergence, type TestClient } from '../helpers/clients.ts'
import { createRandom } from '../helpers/random.ts'
import { createTestBoard, restartTestServer, startTestServer } from '../helpers/testServer.ts'

const SEED = Number(process.env.CONVERGENCE_SEED ?? 20261123)
const STEPS = 240
const CLIENTS = 4

type Random = ReturnType<typeof createRandom>

function randomEdit(client: TestClient, random: Random, step: number) {
  const cards = readCards(client.doc)
  const roll = random.next()
  const card = cards.length > 0 ? random.pick(cards) : undefined
  const author = { authorId: `client-${client.doc.clientID}`, authorName: 'Fuzz' }
  if (!card || roll < 0.35) {
    createCard(client.doc, {
      stance: random.pick(['bull', 'bear'] as const),
      x: random.int(800),
      y: random.int(800),
      text: `#${step}`,
      ...author,
    })
  } else if (roll < 0.55) {
    moveCard(client.doc, card.id, { x: random.int(800), y: random.int(800) })
  } else if (roll < 0.8) {
    const text = getCardText(client.doc, card.id)!
    text.insert(random.int(text.length + 1), String.fromCharCode(97 + random.int(26)))
  } else if (roll < 0.92) {
    const other = random.pick(cards)
    if (other.id !== card.id)
      linkCards(client.doc, {
        from: card.id,
        to: other.id,
        kind: random.pick(['supports', 'rebuts'] as const),
      })
  } else {
    deleteCard(client.doc, card.id)
  }
}

describe('randomized convergence', () => {
  it(`[SY15] random edits, disconnects and a server restart end with every replica equal (seed ${SEED})`, async () => {
    const random = createRandom(SEED)
    let server = await startTestServer()
    const { id: boardId, tokens } = await createTestBoard(server)
    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, () => connectClient(server.url, boardId, { token: tokens.edit })),
    )
    for (let step = 0; step < STEPS; step++) {
      const client = random.pick(clients)
      if (random.next() < 0.05) {
        if (client.provider.status === 'disconnected') client.provider.connect()
        else client.provider.disconnect()
      } else {
        randomEdit(client, random, step)
      }
      if (step === STEPS / 2) server = await restartTestServer(server)
      // Yield now and then, so messages cross the network between edits and edits really interleave.
      if (random.next() < 0.3) await new Promise((resolve) => setImmediate(resolve))
    }
    for (const { provider } of clients) if (provider.status === 'disconnected') provider.connect()
    await Promise.all(clients.map(({ provider }) => provider.whenSynced()))
    await waitForConvergence(
      clients.map(({ doc }) => doc),
      20_000,
    )

    const late = await connectClient(server.url, boardId, { token: tokens.view })
    await waitForConvergence([clients[0]!.doc, late.doc])
    const serverContent = await server.registry.withRoom(boardId, (room) =>
      canonicalJson(room.document('board')),
    )
    expect(serverContent).toBe(canonicalJson(late.doc))
    expect(readCards(late.doc).length).toBeGreaterThan(10)
  }, 60_000)
})
