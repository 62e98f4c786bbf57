// @vitest-environment jsdom
/** The moderator's facilitation panel: each control sends its action, refusals become toasts, shortcuts. */
import { act } from 'react'
import { describe, expect, it } from 'vitest'
import { Role } from '../../../shared/access.ts'
import { BoardError, ErrorCode } from '../../../shared/errors.ts'
import { DebateBar } from '../../../client/debate/DebateBar.tsx'
import { ToastProvider } from '../../../client/ui/ToastProvider.tsx'
import { debateProvider } from '../../helpers/debateProvider.ts'
import { renderInDom, typeInto, type Rendered } from '../../helpers/renderInDom.tsx'

function openPanel(options: Parameters<typeof debateProvider>[0] = {}) {
  const debate = debateProvider({ seat: { role: Role.Moderate }, ...options })
  const view = renderInDom(
    <ToastProvider>
      <DebateBar provider={debate.provider} />
    </ToastProvider>,
  )
  act(() => view.find('facilitation-toggle')!.click())
  return { ...debate, view, find: view.find }
}

const click = (view: Rendered, testId: string) => act(() => view.find(testId)!.click())
const press = (target: EventTarget, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })

describe('the facilitation panel', () => {
  it('opens from the banner, takes focus, and closes with Escape, giving focus back to its button', () => {
    const { view, find } = openPanel()
    const toggle = find('facilitation-toggle')!
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(document.activeElement).toBe(find('facilitation-panel'))
    press(find('facilitation-panel')!, 'Escape')
    expect(find('facilitation-panel')).toBeNull()
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(toggle)
    expect(view.find('phase-banner')).not.toBeNull()
  })

  it('goes on from a private phase with a button that says it reveals the drafts', () => {
    const { view, find, facilitate, setSession } = openPanel()
    expect(find('phase-back')!.hasAttribute('disabled')).toBe(true)
    expect(find('phase-next')!.textContent).toBe('Reveal the drafts and go to Openings →')
    click(view, 'phase-next')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'advance' })

    setSession({ phaseIndex: 1 })
    expect(find('phase-next')!.textContent).toBe('Next: Rebuttal →')
    expect(find('phase-back')!.textContent).toBe('← Back to Prepare')
    click(view, 'phase-back')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'back' })

    setSession({ phaseIndex: 4 })
    expect(find('phase-next')!.hasAttribute('disabled')).toBe(true)
  })

  it('starts, pauses, adds a minute to and resets the timer, locking at the end when asked', () => {
    const { view, find, facilitate, setSession } = openPanel()
    expect(find('timer-toggle')!.textContent).toBe('Start')
    click(view, 'timer-toggle')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'timer-start', lockOnEnd: false })
    click(view, 'timer-lock-on-end')
    expect(facilitate).toHaveBeenCalledTimes(1)
    click(view, 'timer-toggle')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'timer-start', lockOnEnd: true })

    setSession({
      timer: { status: 'running', endsAt: Date.now() + 60_000, remainingMs: 60_000, lockOnEnd: true },
    })
    expect(find('timer-toggle')!.textContent).toBe('Pause')
    click(view, 'timer-toggle')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'timer-pause' })
    // While it runs, the choice goes to the server at once.
    click(view, 'timer-lock-on-end')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'timer-start', lockOnEnd: false })
    click(view, 'timer-add-minute')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'timer-add', seconds: 60 })
    click(view, 'timer-reset')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'timer-reset' })

    setSession({ timer: { status: 'paused', endsAt: null, remainingMs: 30_000, lockOnEnd: false } })
    expect(find('timer-toggle')!.textContent).toBe('Resume')
    // Time up: starting again needs a reset or more time first.
    setSession({ timer: { status: 'paused', endsAt: null, remainingMs: 0, lockOnEnd: true } })
    expect(find('timer-toggle')!.hasAttribute('disabled')).toBe(true)
  })

  it('locks and unlocks the board, reveals drafts in a private phase only, and turns anonymity on', () => {
    const { view, find, facilitate, setSession } = openPanel()
    click(view, 'board-lock')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'lock', locked: true })
    setSession({ locked: true })
    expect(find('board-lock')!.textContent).toContain('Unlock the board')
    expect(find('board-lock')!.getAttribute('aria-pressed')).toBe('true')
    click(view, 'board-lock')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'lock', locked: false })

    click(view, 'reveal-now')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'reveal' })
    setSession({ phaseIndex: 1 })
    expect(find('reveal-now')!.hasAttribute('disabled')).toBe(true)

    click(view, 'anonymous-toggle')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'anonymous', anonymous: true })
  })

  it('renames a phase and changes its duration on Enter, and restores the default name when cleared', () => {
    const { find, facilitate, setSession } = openPanel()
    const name = find<HTMLInputElement>('phase-name-input-rebuttal')!
    const minutes = find<HTMLInputElement>('phase-minutes-input-rebuttal')!
    expect([name.value, minutes.value]).toEqual(['Rebuttal', '8'])

    act(() => name.focus())
    typeInto(name, 'Cross-examination')
    press(name, 'Enter')
    expect(facilitate).toHaveBeenLastCalledWith({
      type: 'rename-phase',
      phaseId: 'rebuttal',
      name: 'Cross-examination',
    })

    act(() => minutes.focus())
    typeInto(minutes, '12.5')
    press(minutes, 'Enter')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'set-duration', phaseId: 'rebuttal', seconds: 750 })
    const calls = facilitate.mock.calls.length
    typeInto(minutes, '-3')
    act(() => minutes.blur())
    expect(facilitate).toHaveBeenCalledTimes(calls)

    setSession({
      phases: [
        { id: 'prepare', kind: 'draft', durationSec: 600 },
        { id: 'rebuttal', kind: 'rebuttal', durationSec: 750, name: 'Cross-examination' },
      ],
    })
    expect(name.value).toBe('Cross-examination')
    act(() => name.focus())
    typeInto(name, '')
    act(() => name.blur())
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'rename-phase', phaseId: 'rebuttal', name: '' })
  })

  it('lists the participants from the roster and puts one on a team', () => {
    const { find, view, facilitate, grantRoster } = openPanel()
    expect(view.container.textContent).toContain('Loading the participants…')
    grantRoster({
      p2: { name: 'Zoë', role: Role.Bear, team: 'bear' },
      p1: { name: 'Ann', role: Role.Edit },
      p3: { name: 'Projector', role: Role.Projector },
      p4: { name: 'Olga', role: Role.View },
    })
    const entries = [...view.container.querySelectorAll<HTMLElement>('[data-testid="roster-entry"]')]
    expect(entries.map((entry) => entry.dataset.participant)).toEqual(['p1', 'p2'])
    const select = entries[0]!.querySelector('select')!
    expect(select.getAttribute('aria-label')).toBe('Team of Ann')
    expect(entries[1]!.querySelector('select')!.value).toBe('bear')
    act(() => {
      select.value = 'bull'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'assign-team', participantId: 'p1', team: 'bull' })
    expect(find('roster')).not.toBeNull()
  })

  it("shows the server's refusal in a toast", async () => {
    const { view, facilitate } = openPanel()
    facilitate.mockRejectedValueOnce(
      new BoardError(ErrorCode.Forbidden, 'Only moderators can run the debate.'),
    )
    await act(async () => view.find('phase-next')!.click())
    expect(view.find('toast')?.textContent).toContain('Only moderators can run the debate.')
  })
})

describe("the moderator's shortcuts", () => {
  it('] goes on and [ goes back, outside text fields only', () => {
    const { find, facilitate, setSession } = openPanel()
    setSession({ phaseIndex: 1 })
    press(document.body, ']')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'advance' })
    press(document.body, '[')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'back' })
    const calls = facilitate.mock.calls.length
    press(find('phase-name-input-prepare')!, ']')
    expect(facilitate).toHaveBeenCalledTimes(calls)
  })

  it('] in a private phase reveals nothing: it opens the panel at the reveal button', () => {
    const debate = debateProvider({ seat: { role: Role.Moderate } })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    press(document.body, ']')
    expect(debate.facilitate).not.toHaveBeenCalled()
    expect(view.find('facilitation-panel')).not.toBeNull()
    expect(document.activeElement).toBe(view.find('phase-next'))
  })

  it('t starts and pauses the timer', () => {
    const { facilitate, setSession } = openPanel()
    press(document.body, 't')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'timer-start', lockOnEnd: false })
    setSession({
      timer: { status: 'running', endsAt: Date.now() + 60_000, remainingMs: 60_000, lockOnEnd: false },
    })
    press(document.body, 't')
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'timer-pause' })
  })

  it('do nothing for a participant', () => {
    const debate = debateProvider({ seat: { role: Role.Bull } })
    renderInDom(<DebateBar provider={debate.provider} />)
    debate.setSession({ phaseIndex: 1 })
    press(document.body, ']')
    press(document.body, 't')
    expect(debate.facilitate).not.toHaveBeenCalled()
  })
})
