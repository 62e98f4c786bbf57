/**
 * A team the moderator assigns on one node reaches the participant's connection on another: that
 * node follows the roster change it receives and reseats them (RoomDebate.followRemote).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { SessionDocName } from '../../../shared/access.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { readRoster } from '../../../shared/debate/roster.ts'
import { connectClient } from '../../helpers/clients.ts'
import { createDebateBoard } from '../../helpers/debateBoards.ts'
import { startTestCluster } from '../../helpers/testCluster.ts'
import type { TestServer } from '../../helpers/testServer.ts'

let nodes: TestServer[]

beforeAll(async () => {
  nodes = await startTestCluster(2)
}, 30_000)

describe('teams across nodes', () => {
  it('[PH29] the moderator on one node moves a participant connected to another: their seat and drafts follow', async () => {
    const board = await createDebateBoard(nodes[0]!, Format.Classroom)
    const moderator = await connectClient(nodes[0]!.url, board.id, { token: board.tokens.moderate })
    const member = await connectClient(nodes[1]!.url, board.id, { token: board.tokens.bull })
    expect(member.provider.seat).toMatchObject({ team: 'bull', drafts: 'drafts/bull' })
    const participantId = member.provider.seat!.participantId
    await vi.waitFor(() =>
      expect(readRoster(moderator.provider.document(SessionDocName.Roster)!).get(participantId)).toBeTruthy(),
    )

    await moderator.provider.facilitate({ type: 'assign-team', participantId, team: 'bear' })
    await vi.waitFor(() =>
      expect(member.provider.seat).toMatchObject({ team: 'bear', drafts: 'drafts/bear' }),
    )
    await vi.waitFor(() => expect(member.provider.canWrite('drafts/bear')).toBe(true))
    expect(member.provider.canWrite('drafts/bull')).toBe(false)
  })
})
