// @vitest-environment jsdom
/** The phase banner: its wording for each seat and phase, and its timer on the server's clock. */
import { act, useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Role } from '../../../shared/access.ts'
import type { TimerState } from '../../../shared/debate/session.ts'
import { ServerClock } from '../../../shared/sync/serverClock.ts'
import { DebateBar } from '../../../client/debate/DebateBar.tsx'
import { debateProvider, seatOf } from '../../helpers/debateProvider.ts'
import { renderInDom, type Rendered } from '../../helpers/renderInDom.tsx'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

const text = (view: Rendered, testId: string) => view.find(testId)?.textContent ?? null
const shownNumber = (view: Rendered) =>
  view.find('phase-number')?.querySelector('[aria-hidden="true"]')?.textContent

describe('the phase banner says the phase and what this seat may do in it', () => {
  it('tells a bull member of a classroom debate to draft with the team, then what each next phase allows', () => {
    const debate = debateProvider({ seat: { role: Role.Bull } })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    expect(text(view, 'phase-name')).toBe('Prepare')
    expect(shownNumber(view)).toBe('1 / 5')
    expect(text(view, 'phase-number')).toContain('Phase 1 of 5')
    expect(text(view, 'phase-allowance')).toBe('Draft your team’s cards in private')

    debate.setSession({ phaseIndex: 1 })
    expect(text(view, 'phase-name')).toBe('Openings')
    expect(text(view, 'phase-allowance')).toBe('Argue your side: add bull cards')

    debate.setSession({ phaseIndex: 2 })
    expect(text(view, 'phase-name')).toBe('Rebuttal')
    expect(shownNumber(view)).toBe('3 / 5')
    expect(text(view, 'phase-allowance')).toBe('Add rebuttals and links only')

    debate.setSession({ phaseIndex: 3 })
    expect(text(view, 'phase-allowance')).toBe('The board is read-only')
  })

  it('says the moderator locked the board, and shows the lock', () => {
    const debate = debateProvider({ seat: { role: Role.Bear } })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    expect(view.find('phase-locked')).toBeNull()
    debate.setSession({ phaseIndex: 1, locked: true })
    expect(text(view, 'phase-allowance')).toBe('The moderator locked the board')
    expect(view.find('phase-locked')).not.toBeNull()
    expect(view.find('phase-banner')?.dataset.locked).toBe('true')
  })

  it('words the same phase for the moderator, an observer and a participant without a team', () => {
    const moderator = debateProvider({ seat: { role: Role.Moderate } })
    const observer = debateProvider({ seat: { role: Role.View } })
    const member = debateProvider({ seat: { role: Role.Edit, drafts: 'drafts/p-1' } })
    const views = [moderator, observer, member].map((debate) =>
      renderInDom(<DebateBar provider={debate.provider} />),
    )
    expect(views.map((view) => text(view, 'phase-allowance'))).toEqual([
      'Teams draft in private; you see every draft',
      'You are watching: the board is read-only for you',
      'Draft your own cards in private',
    ])
    // Only the moderator gets the panel's button.
    expect(views.map((view) => view.find('facilitation-toggle') !== null)).toEqual([true, false, false])
  })

  it('follows the seat when the moderator puts a participant on a team', () => {
    const debate = debateProvider({ seat: { role: Role.Edit } })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    debate.setSession({ phaseIndex: 1 })
    expect(text(view, 'phase-allowance')).toBe('Add bull and bear cards')
    debate.setSeat(seatOf(Role.Edit, { team: 'bear', drafts: 'drafts/bear' }))
    expect(text(view, 'phase-allowance')).toBe('Argue your side: add bear cards')
  })

  it("shows the moderator's name for a phase instead of the format's", () => {
    const debate = debateProvider({ seat: { role: Role.Edit }, format: 'committee' })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    expect(text(view, 'phase-name')).toBe('Pre-read')
    debate.setSession({ phases: [{ id: 'pre-read', kind: 'vote', durationSec: 600, name: 'Read the memo' }] })
    expect(text(view, 'phase-name')).toBe('Read the memo')
    expect(shownNumber(view)).toBe('1 / 1')
  })

  it('shows the phase but no allowance until the server has said who this is', () => {
    const debate = debateProvider()
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    expect(text(view, 'phase-name')).toBe('Prepare')
    expect(view.find('phase-allowance')).toBeNull()
  })

  it('shows nothing on a free board', () => {
    const debate = debateProvider({ seat: { role: Role.Moderate }, format: 'free' })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    expect(view.container.childElementCount).toBe(0)
  })
})

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0)
const running = (endsAt: number): TimerState => ({
  status: 'running',
  endsAt,
  remainingMs: 0,
  lockOnEnd: false,
})

describe('the phase timer', () => {
  it('shows the same mm:ss for two people whose clocks differ by 10 minutes', async () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] })
    // The server's clock runs 3 s ahead of this machine; one person's clock is 10 minutes fast.
    const serverTime = async () => Date.now() + 3_000
    const clocks = [
      new ServerClock(serverTime, () => Date.now()),
      new ServerClock(serverTime, () => Date.now() + 600_000),
    ]
    await Promise.all(clocks.map((clock) => clock.measure()))
    const people = clocks.map((clock) =>
      debateProvider({ seat: { role: Role.Bull }, serverNow: () => clock.now() }),
    )
    const views = people.map((debate) => renderInDom(<DebateBar provider={debate.provider} />))
    for (const debate of people) debate.setSession({ phaseIndex: 1, timer: running(T0 + 3_000 + 95_000) })

    expect(views.map((view) => text(view, 'phase-timer-value'))).toEqual(['01:35', '01:35'])
    act(() => vi.advanceTimersByTime(1_000))
    expect(views.map((view) => text(view, 'phase-timer-value'))).toEqual(['01:34', '01:34'])
  })

  it('turns urgent in the last 30 s and says "Time is up" at the end', () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] })
    const debate = debateProvider({ seat: { role: Role.Bull }, serverNow: () => Date.now() })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    debate.setSession({ phaseIndex: 1, timer: running(T0 + 31_000) })
    const timer = () => view.find('phase-timer')!
    expect([text(view, 'phase-timer-value'), timer().dataset.urgent]).toEqual(['00:31', 'false'])
    act(() => vi.advanceTimersByTime(1_000))
    expect([text(view, 'phase-timer-value'), timer().dataset.urgent]).toEqual(['00:30', 'true'])
    act(() => vi.advanceTimersByTime(29_000))
    expect(text(view, 'phase-timer-value')).toBe('00:01')
    act(() => vi.advanceTimersByTime(1_000))
    expect(text(view, 'phase-timer-value')).toBe('Time is up')
    expect(timer().dataset.state).toBe('over')
    expect(timer().querySelector('[role="alert"]')?.textContent).toBe('Time is up')
  })

  it('still says "Time is up" once the server has stopped the timer at zero to lock the board', () => {
    const debate = debateProvider({ seat: { role: Role.Bull } })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    debate.setSession({
      phaseIndex: 1,
      locked: true,
      timer: { status: 'paused', endsAt: null, remainingMs: 0, lockOnEnd: true },
    })
    expect(text(view, 'phase-timer')).toBe('Time left Time is upTime is up')
    expect(view.find('phase-timer')?.dataset.state).toBe('over')
  })

  it('stands still while paused and shows the whole duration before it starts', () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] })
    const debate = debateProvider({ seat: { role: Role.Bull }, serverNow: () => Date.now() })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    expect(text(view, 'phase-timer-value')).toBe('10:00')
    expect(view.find('phase-timer')?.dataset.state).toBe('idle')
    debate.setSession({ timer: { status: 'paused', endsAt: null, remainingMs: 65_000, lockOnEnd: false } })
    act(() => vi.advanceTimersByTime(5_000))
    expect(text(view, 'phase-timer')).toContain('01:05')
    expect(text(view, 'phase-timer')).toContain('paused')
  })

  it('hides the timer of a phase without a duration', () => {
    const debate = debateProvider({ seat: { role: Role.Bull } })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    debate.setSession({
      phaseIndex: 4,
      timer: { status: 'idle', endsAt: null, remainingMs: 0, lockOnEnd: false },
    })
    expect(text(view, 'phase-name')).toBe('Result')
    expect(view.find('phase-timer')).toBeNull()
  })

  it('reads the clock again when the provider re-estimates the server clock', () => {
    let serverNow = T0
    const debate = debateProvider({ seat: { role: Role.Bull }, serverNow: () => serverNow })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    debate.setSession({ phaseIndex: 1, timer: running(T0 + 120_000) })
    expect(text(view, 'phase-timer-value')).toBe('02:00')
    serverNow = T0 + 60_000
    act(() => debate.provider.emit('clock', []))
    expect(text(view, 'phase-timer-value')).toBe('01:00')
  })

  it('ticks only while running and stops ticking once unmounted', () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] })
    const debate = debateProvider({ seat: { role: Role.Bull }, serverNow: () => Date.now() })
    const before = vi.getTimerCount()
    let show: (shown: boolean) => void = () => {}
    function Host() {
      const [shown, setShown] = useState(true)
      show = setShown
      return shown ? <DebateBar provider={debate.provider} /> : null
    }
    renderInDom(<Host />)
    expect(vi.getTimerCount()).toBe(before)
    debate.setSession({ phaseIndex: 1, timer: running(T0 + 60_000) })
    expect(vi.getTimerCount()).toBe(before + 1)
    debate.setSession({ timer: { status: 'paused', endsAt: null, remainingMs: 60_000, lockOnEnd: false } })
    expect(vi.getTimerCount()).toBe(before)
    debate.setSession({ timer: running(T0 + 60_000) })
    expect(vi.getTimerCount()).toBe(before + 1)
    act(() => show(false))
    expect(vi.getTimerCount()).toBe(before)
  })
})

/**
 * A stand-in for Web Audio that records the beeps it was asked to play. One for the whole file: the
 * audio context, once a gesture made it, stays for the rest of the page's life.
 */
const beeps: number[] = []
const audioNode = () => ({
  connect() {},
  gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} },
  frequency: { setValueAtTime() {} },
  start: (at: number) => beeps.push(at),
  stop() {},
  type: 'sine',
})
class FakeAudioContext {
  state = 'suspended'
  currentTime = 0
  destination = {}
  resume() {
    this.state = 'running'
    return Promise.resolve()
  }
  createGain = audioNode
  createOscillator = audioNode
}

describe('the time-up beep', () => {
  // NOTE: in this order, since the audio context a gesture made stays (see FakeAudioContext).
  it('stays silent, without an error, when nobody has touched the page', () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] })
    vi.stubGlobal('AudioContext', FakeAudioContext)
    beeps.length = 0
    const debate = debateProvider({ seat: { role: Role.Bull }, serverNow: () => Date.now() })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    debate.setSession({ phaseIndex: 1, timer: running(T0 + 2_000) })
    act(() => vi.advanceTimersByTime(2_000))
    expect(text(view, 'phase-timer-value')).toBe('Time is up')
    expect(beeps).toEqual([])
  })

  it('beeps once when the time runs out, after a gesture unlocked the sound', async () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] })
    vi.stubGlobal('AudioContext', FakeAudioContext)
    beeps.length = 0
    const debate = debateProvider({ seat: { role: Role.Bull }, serverNow: () => Date.now() })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    window.dispatchEvent(new Event('pointerdown'))
    await Promise.resolve()
    debate.setSession({ phaseIndex: 1, timer: running(T0 + 2_000) })
    act(() => vi.advanceTimersByTime(1_000))
    expect(beeps).toEqual([])
    act(() => vi.advanceTimersByTime(1_000))
    expect(text(view, 'phase-timer-value')).toBe('Time is up')
    act(() => vi.advanceTimersByTime(5_000))
    expect(beeps).toHaveLength(1)
  })

  it('does not beep when the board opens on a phase whose time is already up', () => {
    vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] })
    vi.stubGlobal('AudioContext', FakeAudioContext)
    beeps.length = 0
    const debate = debateProvider({ seat: { role: Role.Bull }, serverNow: () => Date.now() })
    debate.setSession({ phaseIndex: 1, timer: running(T0 - 1_000) })
    const view = renderInDom(<DebateBar provider={debate.provider} />)
    act(() => vi.advanceTimersByTime(2_000))
    expect(text(view, 'phase-timer-value')).toBe('Time is up')
    expect(beeps).toEqual([])
  })
})
