// @vitest-environment jsdom
/** The committee's conviction ballot and the moderator's reveal, rendered against a provider that never connects. */
import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { Role } from '../../../../shared/access.ts'
import type { Ballot } from '../../../../shared/debate/ballots.ts'
import { BoardError, ErrorCode } from '../../../../shared/errors.ts'
import type { BoardProvider } from '../../../../shared/sync/BoardProvider.ts'
import { RevealVotes } from '../../../../client/voting/RevealVotes.tsx'
import { useBallots } from '../../../../client/voting/useBallots.ts'
import { useVotingValue } from '../../../../client/voting/useVotingValue.ts'
import { VotingBar } from '../../../../client/voting/VotingBar.tsx'
import { useSessionState } from '../../../../client/debate/useDebate.ts'
import { debateProvider } from '../../../helpers/debateProvider.ts'
import { renderInDom } from '../../../helpers/renderInDom.tsx'

function Voter({ provider }: { provider: BoardProvider }) {
  const session = useSessionState(provider)
  const voting = useVotingValue(session, Role.Bull, [], useBallots(provider))
  return <VotingBar session={session} voting={voting} />
}

function Moderator({ provider }: { provider: BoardProvider }) {
  const session = useSessionState(provider)
  return <RevealVotes session={session} send={(action) => provider.facilitate(action)} />
}

const click = (element: Element | null) => act(() => (element as HTMLElement).click())
const flush = () => act(async () => {})

describe('the conviction ballot', () => {
  it('[SC8] casts for or against with a conviction in the round open now, and shows the refusal', async () => {
    const debate = debateProvider({ format: 'committee', seat: { role: Role.Bull } })
    const vote = vi.spyOn(debate.provider, 'vote')
    vote.mockImplementation(async (ballot: Ballot) => [ballot])
    const { find, container } = renderInDom(<Voter provider={debate.provider} />)
    expect(find('conviction-ballot')!.dataset.round).toBe('pre')
    expect(find('conviction-cast')!.hasAttribute('disabled')).toBe(true)
    click(find('conviction-for'))
    const fours = [...container.querySelectorAll<HTMLInputElement>('input[name="conviction-pre"]')]
    click(fours[3]!)
    click(find('conviction-cast'))
    await flush()
    expect(vote).toHaveBeenLastCalledWith({ kind: 'conviction', round: 'pre', side: 'for', conviction: 4 })
    expect(find('conviction-saved')!.textContent).toBe('Saved: For the motion, conviction 4')

    vote.mockRejectedValueOnce(
      new BoardError(ErrorCode.PhaseLocked, 'The pre vote is not open in this phase.'),
    )
    click(find('conviction-cast'))
    await flush()
    expect(find('vote-refused')!.textContent).toBe(
      'Your vote was refused: The pre vote is not open in this phase.',
    )
  })

  it('[SC8] is not there outside a vote phase', () => {
    const debate = debateProvider({ format: 'committee', seat: { role: Role.Bull } })
    debate.setSession({ phaseIndex: 1 })
    const { find } = renderInDom(<Voter provider={debate.provider} />)
    expect(find('voting-bar')).toBeNull()
  })
})

describe('the moderator’s reveal', () => {
  it('[SC5] reveals the format’s vote and says how many voted, or why it was refused', async () => {
    const debate = debateProvider({ format: 'classroom', seat: { role: Role.Moderate } })
    const { find } = renderInDom(<Moderator provider={debate.provider} />)
    expect(find('reveal-outcome')!.textContent).toBe(
      'Not revealed yet: ballots stay secret until you reveal them.',
    )
    expect(find('dot-budget')).toBeNull()
    click(find('reveal-votes'))
    await flush()
    expect(debate.facilitate).toHaveBeenLastCalledWith({ type: 'reveal-votes', vote: 'impact' })
    debate.setSession({ results: { impact: { revealedAt: 1, voters: 2, cards: {} } } })
    expect(find('reveal-outcome')!.textContent).toBe('Revealed: 2 people voted.')

    debate.facilitate.mockRejectedValueOnce(
      new BoardError(ErrorCode.Forbidden, 'Only moderators reveal votes.'),
    )
    click(find('reveal-votes'))
    await flush()
    expect(find('reveal-outcome')!.textContent).toBe(
      'The votes could not be revealed: Only moderators reveal votes.',
    )
  })
})
