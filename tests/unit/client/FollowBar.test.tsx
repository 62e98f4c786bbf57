// @vitest-environment jsdom
import i18next from 'i18next'
import { act } from 'react'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import type { FacilitationAction } from '../../../shared/debate/facilitation.ts'
import type { Spotlight } from '../../../shared/debate/session.ts'
import { FollowBar } from '../../../client/follow/FollowBar.tsx'
import { FollowContext, type FollowController } from '../../../client/follow/FollowContext.ts'
import type { FollowTarget } from '../../../client/follow/followTarget.ts'
import { followStrings } from '../../../client/follow/strings.ts'
import type { Peer } from '../../../client/presence/peers.ts'
import { renderInDom } from '../../helpers/renderInDom.tsx'

const i18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  lng: 'en',
  ns: ['translation', 'follow'],
  resources: { en: { translation: { team: { bear: 'Bear team' } }, follow: followStrings.en } },
  initAsync: false,
  interpolation: { escapeValue: false },
})

beforeAll(() => {
  // jsdom has no media queries: a desktop-sized screen.
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener() {},
      removeEventListener() {},
    }) as unknown as MediaQueryList
})

afterEach(() => document.body.replaceChildren())

const awareness = new Awareness(new Y.Doc())
const ME = awareness.clientID
const peers: Peer[] = [
  { clientId: 2, isLocal: false, name: 'Ana', color: '#1971c2', team: 'bull', reading: undefined },
  { clientId: 3, isLocal: false, name: 'Mo', color: '#d9480f', team: 'observer', reading: undefined },
  // As an anonymous board relays them: no names.
  { clientId: 4, isLocal: false, name: '', color: '#2f9e44', team: 'bear', reading: undefined },
  { clientId: 5, isLocal: false, name: '', color: '#9c36b5', team: 'observer', reading: undefined },
]

function renderBar(state: {
  target?: FollowTarget | null
  spotlight?: Spotlight | null
  projector?: boolean
}) {
  const controller: FollowController = {
    awareness,
    target: state.target ?? null,
    jump: undefined,
    projector: state.projector ?? false,
    spotlight: state.spotlight ?? null,
    follow: vi.fn(),
    breakAway: vi.fn(),
    rejoin: vi.fn(),
  }
  const facilitate = vi.fn((_action: FacilitationAction) => Promise.resolve())
  const rendered = renderInDom(
    <I18nextProvider i18n={i18n} defaultNS="follow">
      <FollowContext.Provider value={controller}>
        <FollowBar peers={peers} facilitate={facilitate} />
      </FollowContext.Provider>
    </I18nextProvider>,
  )
  const bar = rendered.find('follow-bar')
  return { ...rendered, bar, controller, facilitate }
}

describe('FollowBar', () => {
  it('shows nothing while nobody is followed and nobody presents', () => {
    expect(renderBar({}).bar).toBeNull()
  })

  it('says whom you follow, and Stop breaks away', () => {
    const { bar, find, controller } = renderBar({ target: { clientId: 2, reason: 'person', locked: false } })
    expect(bar?.textContent).toContain('Following Ana')
    act(() => find('follow-stop')!.click())
    expect(controller.breakAway).toHaveBeenCalledOnce()
  })

  it('on an anonymous board names a followed peer by team and an unnamed presenter as the moderator', () => {
    expect(
      renderBar({ target: { clientId: 4, reason: 'person', locked: false } }).bar?.textContent,
    ).toContain('Following Bear team')
    document.body.replaceChildren()
    const { bar } = renderBar({
      target: { clientId: 5, reason: 'spotlight', locked: false },
      spotlight: { clientId: 5, locked: false },
    })
    expect(bar?.textContent).toContain('The moderator is presenting: you follow their view')
  })

  it('names the presenter of an unlocked spotlight, with a Stop', () => {
    const { bar, find } = renderBar({
      target: { clientId: 3, reason: 'spotlight', locked: false },
      spotlight: { clientId: 3, locked: false },
    })
    expect(bar?.dataset.kind).toBe('spotlight')
    expect(bar?.textContent).toContain('Mo is presenting: you follow their view')
    expect(find('follow-stop')).not.toBeNull()
  })

  it('offers no way out of a locked spotlight', () => {
    const { bar } = renderBar({
      target: { clientId: 3, reason: 'spotlight', locked: true },
      spotlight: { clientId: 3, locked: true },
    })
    expect(bar?.dataset.kind).toBe('locked')
    expect(bar?.textContent).toContain('The moderator is presenting')
    expect(bar?.querySelector('button')).toBeNull()
  })

  it('offers Rejoin after breaking away from a spotlight', () => {
    const { bar, find, controller } = renderBar({ spotlight: { clientId: 3, locked: false } })
    expect(bar?.dataset.kind).toBe('left')
    act(() => find('follow-rejoin')!.click())
    expect(controller.rejoin).toHaveBeenCalledOnce()
  })

  it('gives the presenting moderator the lock and the stop, as facilitation actions', () => {
    const { bar, find, facilitate } = renderBar({ spotlight: { clientId: ME, locked: false } })
    expect(bar?.dataset.kind).toBe('presenting')
    act(() => find('spotlight-lock')!.click())
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'spotlight', clientId: ME, locked: true })
    act(() => find('spotlight-stop')!.click())
    expect(facilitate).toHaveBeenLastCalledWith({ type: 'spotlight', clientId: null })
  })

  it('shows no bar on a projector that follows, and a waiting notice on one that cannot', () => {
    expect(
      renderBar({ projector: true, target: { clientId: 3, reason: 'projector', locked: true } }).bar,
    ).toBeNull()
    document.body.replaceChildren()
    const { find } = renderBar({ projector: true })
    expect(find('projector-waiting')?.textContent).toBe('Waiting for the moderator…')
  })
})
