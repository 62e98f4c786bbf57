import { describe, expect, it } from 'vitest'
import type { FacilitationAction } from '../../../shared/debate/facilitation.ts'
import { Format } from '../../../shared/debate/formats.ts'
import { initialSession, type SessionState } from '../../../shared/debate/session.ts'
import { ErrorCode } from '../../../shared/errors.ts'
import { planFacilitation } from '../../../server/debate/facilitate.ts'

const NOW = 1_000_000
const classroom = initialSession(Format.Classroom)
const at = (patch: Partial<SessionState>): SessionState => ({ ...classroom, ...patch })
const running = at({
  timer: { status: 'running', endsAt: NOW + 30_000, remainingMs: 600_000, lockOnEnd: false },
})

type Action = Exclude<FacilitationAction, { type: 'assign-team' }>
interface Row {
  name: string
  session: SessionState
  action: Action
  expect: Partial<ReturnType<typeof planFacilitation>> | { refused: string }
}

const rows: Row[] = [
  {
    name: 'advancing out of a private phase reveals, and the timer takes the new phase’s duration',
    session: classroom,
    action: { type: 'advance' },
    expect: {
      reveal: true,
      patch: {
        phaseIndex: 1,
        timer: { status: 'idle', endsAt: null, remainingMs: 480_000, lockOnEnd: false },
      },
    },
  },
  {
    name: 'advancing out of an open phase reveals nothing',
    session: at({ phaseIndex: 1 }),
    action: { type: 'advance' },
    expect: { reveal: false },
  },
  {
    name: 'past the last phase is refused',
    session: at({ phaseIndex: 4 }),
    action: { type: 'advance' },
    expect: { refused: 'This is already the last phase.' },
  },
  {
    name: 'before the first phase is refused',
    session: classroom,
    action: { type: 'back' },
    expect: { refused: 'This is already the first phase.' },
  },
  {
    name: 'going back un-reveals nothing',
    session: at({ phaseIndex: 1 }),
    action: { type: 'back' },
    expect: { reveal: false, patch: expect.objectContaining({ phaseIndex: 0 }) },
  },
  {
    name: 'an empty name restores the format’s own',
    session: at({ phases: classroom.phases.map((phase) => ({ ...phase, name: 'Custom' })) }),
    action: { type: 'rename-phase', phaseId: 'prepare', name: '' },
    expect: {
      patch: {
        phases: [
          classroom.phases[0]!,
          ...classroom.phases.slice(1).map((phase) => ({ ...phase, name: 'Custom' })),
        ],
      },
    },
  },
  {
    name: 'renaming a phase the plan lacks is refused',
    session: classroom,
    action: { type: 'rename-phase', phaseId: 'nope', name: 'x' },
    expect: { refused: 'This board has no phase "nope".' },
  },
  {
    name: 'a new duration for the current idle phase resets its timer',
    session: classroom,
    action: { type: 'set-duration', phaseId: 'prepare', seconds: 60 },
    expect: {
      patch: expect.objectContaining({
        timer: { status: 'idle', endsAt: null, remainingMs: 60_000, lockOnEnd: false },
      }),
    },
  },
  {
    name: 'a new duration leaves a running timer alone',
    session: running,
    action: { type: 'set-duration', phaseId: 'prepare', seconds: 60 },
    expect: { patch: { phases: expect.any(Array) } },
  },
  {
    name: 'start runs towards now + time left',
    session: classroom,
    action: { type: 'timer-start', lockOnEnd: true },
    expect: {
      patch: { timer: { status: 'running', endsAt: NOW + 600_000, remainingMs: 600_000, lockOnEnd: true } },
    },
  },
  {
    name: 'start with no time left is refused',
    session: at({ timer: { status: 'paused', endsAt: null, remainingMs: 0, lockOnEnd: false } }),
    action: { type: 'timer-start' },
    expect: { refused: 'The timer has no time left: add time or reset it first.' },
  },
  {
    name: 'pause keeps the time left at the server’s now',
    session: running,
    action: { type: 'timer-pause' },
    expect: { patch: { timer: { status: 'paused', endsAt: null, remainingMs: 30_000, lockOnEnd: false } } },
  },
  {
    name: 'pause of a stopped timer is refused',
    session: classroom,
    action: { type: 'timer-pause' },
    expect: { refused: 'The timer is not running.' },
  },
  {
    name: 'add time to a running timer moves its end',
    session: running,
    action: { type: 'timer-add', seconds: 60 },
    expect: {
      patch: { timer: { status: 'running', endsAt: NOW + 90_000, remainingMs: 90_000, lockOnEnd: false } },
    },
  },
  {
    name: 'removing more time than is left stops at zero',
    session: classroom,
    action: { type: 'timer-add', seconds: -3600 },
    expect: { patch: { timer: expect.objectContaining({ remainingMs: 0 }) } },
  },
  {
    name: 'reset goes back to the phase’s whole duration',
    session: running,
    action: { type: 'timer-reset' },
    expect: { patch: { timer: { status: 'idle', endsAt: null, remainingMs: 600_000, lockOnEnd: false } } },
  },
  {
    name: 'turning anonymity on blanks names already written',
    session: classroom,
    action: { type: 'anonymous', anonymous: true },
    expect: { clearNames: true, patch: { anonymous: true } },
  },
  {
    name: 'turning it off blanks nothing',
    session: classroom,
    action: { type: 'anonymous', anonymous: false },
    expect: { clearNames: false },
  },
  {
    name: 'reveal now reveals, changing no field',
    session: classroom,
    action: { type: 'reveal' },
    expect: { reveal: true, patch: {} },
  },
  {
    name: 'spotlight names the presence everyone follows',
    session: classroom,
    action: { type: 'spotlight', clientId: 42, locked: true },
    expect: { patch: { spotlight: { clientId: 42, locked: true } } },
  },
  {
    name: 'releasing the spotlight clears it',
    session: at({ spotlight: { clientId: 42, locked: false } }),
    action: { type: 'spotlight', clientId: null },
    expect: { patch: { spotlight: null } },
  },
  {
    name: 'each summon is a new one',
    session: at({ summon: { seq: 3, clientId: 1 } }),
    action: { type: 'summon', clientId: 7 },
    expect: { patch: { summon: { seq: 4, clientId: 7 } } },
  },
  {
    name: 'lock',
    session: classroom,
    action: { type: 'lock', locked: true },
    expect: { patch: { locked: true } },
  },
]

describe('planFacilitation', () => {
  it.each(rows)('$name', ({ session, action, expect: expected }) => {
    if ('refused' in expected) {
      expect(() => planFacilitation(session, action, NOW)).toThrow(
        expect.objectContaining({ code: ErrorCode.BadRequest, message: expected.refused }),
      )
      return
    }
    expect(planFacilitation(session, action, NOW)).toMatchObject(expected)
  })
})
