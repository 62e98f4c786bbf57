// @vitest-environment jsdom
import i18next from 'i18next'
import { act } from 'react'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { followStrings } from '../../../client/follow/strings.ts'
import { en } from '../../../client/i18n/en.ts'
import { Avatars } from '../../../client/presence/Avatars.tsx'
import type { Peer } from '../../../client/presence/peers.ts'
import { renderInDom } from '../../helpers/renderInDom.tsx'

const i18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  lng: 'en',
  ns: ['translation', 'follow'],
  resources: { en: { translation: en, follow: followStrings.en } },
  initAsync: false,
  interpolation: { escapeValue: false },
})

afterEach(() => document.body.replaceChildren())

const peer = (clientId: number, name: string, isLocal = false): Peer => ({
  clientId,
  name,
  isLocal,
  color: '#1971c2',
  team: 'bull',
  reading: undefined,
})
const PEERS = [peer(1, 'Me', true), peer(2, 'Ana'), peer(3, 'Ben')]

function renderAvatars(props: Partial<Parameters<typeof Avatars>[0]>) {
  return renderInDom(
    <I18nextProvider i18n={i18n}>
      <Avatars peers={PEERS} onEditSelf={() => {}} {...props} />
    </I18nextProvider>,
  )
}

describe('following from the avatars', () => {
  it("makes others' avatars buttons that follow them, named for what they do, the followed one pressed", () => {
    const onFollow = vi.fn()
    const { container } = renderAvatars({ onFollow, followingId: 3, followHint: (p) => `Follow ${p.name}` })
    const buttons = Array.from(container.querySelectorAll<HTMLButtonElement>('[data-testid="follow-avatar"]'))
    expect(buttons.map((button) => button.dataset.clientId)).toEqual(['2', '3'])
    expect(buttons[0]!.querySelector('[aria-label]')!.getAttribute('aria-label')).toBe(
      'Ana — Bull team — Follow Ana',
    )
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual(['false', 'true'])
    act(() => buttons[0]!.click())
    expect(onFollow).toHaveBeenCalledWith(PEERS[1])
  })

  it('keeps avatars as pictures when following is not offered (a locked view)', () => {
    const { container } = renderAvatars({})
    expect(container.querySelectorAll('[data-testid="follow-avatar"]')).toHaveLength(0)
  })

  it('lists the people who do not fit behind their count, each a way to follow them', () => {
    const onFollow = vi.fn()
    const { container, find } = renderAvatars({ onFollow, maxShown: 1 })
    expect(find('people-menu')?.textContent).toBe('+2')
    const items = Array.from(container.querySelectorAll<HTMLButtonElement>('[data-testid="follow-person"]'))
    expect(items.map((item) => item.textContent)).toEqual(['AFollow Ana', 'BFollow Ben'])
    act(() => items[1]!.click())
    expect(onFollow).toHaveBeenCalledWith(PEERS[2])
  })
})
