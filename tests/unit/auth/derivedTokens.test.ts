import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  deriveGroupModeratorToken,
  deriveRoleToken,
  deriveRoleTokens,
  derivationLabel,
  groupDerivationLabel,
} from '../../../shared/auth/derivedTokens.ts'

const MODERATOR = 'moderator-token'

describe('deriveRoleToken', () => {
  it('[AC40] gives the known vector: base64url(HMAC-SHA-256(moderator token, "debate-board:edit:0")), 256 bits', async () => {
    const token = await deriveRoleToken(MODERATOR, 'edit', 0)
    expect(token).toBe('QFVINCMhPrhvroXl90vJO4ns2G1iw6dapphymXo9E_w')
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
  })

  it('[AC40] computes with Web Crypto what Node’s own HMAC computes, for every role and several epochs', async () => {
    for (const role of ['edit', 'view'] as const)
      for (const epoch of [0, 1, 7, 1000]) {
        const expected = createHmac('sha256', MODERATOR)
          .update(derivationLabel(role, epoch))
          .digest('base64url')
        expect([role, epoch, await deriveRoleToken(MODERATOR, role, epoch)]).toEqual([role, epoch, expected])
      }
  })

  it('[AC40] differs per role, per epoch and per moderator token', async () => {
    const tokens = [
      await deriveRoleToken(MODERATOR, 'edit', 0),
      await deriveRoleToken(MODERATOR, 'view', 0),
      await deriveRoleToken(MODERATOR, 'edit', 1),
      await deriveRoleToken(MODERATOR, 'view', 1),
      await deriveRoleToken('another-moderator-token', 'edit', 0),
    ]
    expect(new Set(tokens).size).toBe(tokens.length)
  })

  it('derives every link at once at its own epoch', async () => {
    const epochs = { edit: 2, bull: 1, bear: 0, view: 0, projector: 3 }
    expect(await deriveRoleTokens(MODERATOR, epochs)).toEqual({
      edit: await deriveRoleToken(MODERATOR, 'edit', 2),
      bull: await deriveRoleToken(MODERATOR, 'bull', 1),
      bear: await deriveRoleToken(MODERATOR, 'bear', 0),
      view: await deriveRoleToken(MODERATOR, 'view', 0),
      projector: await deriveRoleToken(MODERATOR, 'projector', 3),
    })
  })

  it('refuses an epoch that is negative or not whole', async () => {
    await expect(deriveRoleToken(MODERATOR, 'edit', -1)).rejects.toThrow(RangeError)
    await expect(deriveRoleToken(MODERATOR, 'edit', 0.5)).rejects.toThrow(RangeError)
  })
})

describe('deriveGroupModeratorToken', () => {
  it('[PH43] is base64url(HMAC-SHA-256(original moderator token, "debate-board:group:<copy id>")), 256 bits', async () => {
    const token = await deriveGroupModeratorToken(MODERATOR, 'copy-1')
    expect(groupDerivationLabel('copy-1')).toBe('debate-board:group:copy-1')
    expect(token).toBe(
      createHmac('sha256', MODERATOR).update('debate-board:group:copy-1').digest('base64url'),
    )
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
  })

  it('[PH43] differs per copy, per original moderator token, and from every role token', async () => {
    const tokens = [
      await deriveGroupModeratorToken(MODERATOR, 'copy-1'),
      await deriveGroupModeratorToken(MODERATOR, 'copy-2'),
      await deriveGroupModeratorToken('another-moderator-token', 'copy-1'),
      await deriveRoleToken(MODERATOR, 'edit', 0),
    ]
    expect(new Set(tokens).size).toBe(tokens.length)
  })
})
