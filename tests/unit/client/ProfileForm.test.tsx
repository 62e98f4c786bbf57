// @vitest-environment jsdom
import i18next from 'i18next'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest'
import type { ReactNode } from 'react'
import { en } from '../../../client/i18n/en.ts'
import { PALETTE, Team, type Profile } from '../../../client/join/identity.ts'
import { ProfileForm } from '../../../client/join/ProfileForm.tsx'
import { Avatars } from '../../../client/presence/Avatars.tsx'
import type { Peer } from '../../../client/presence/peers.ts'

globalThis.IS_REACT_ACT_ENVIRONMENT = true

const i18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  lng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false },
})

const ada: Profile = { name: 'Ada', color: PALETTE[3], team: Team.Bull }
let root: Root | undefined

function render(node: ReactNode) {
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  act(() => root!.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>))
  return <T extends HTMLElement>(testId: string) => container.querySelector<T>(`[data-testid="${testId}"]`)!
}

function typeInto(input: HTMLInputElement, text: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  act(() => {
    setValue.call(input, text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

function renderEditForm(): { find: ReturnType<typeof render>; onSubmit: Mock; onCancel: Mock } {
  const onSubmit = vi.fn()
  const onCancel = vi.fn()
  const find = render(
    <ProfileForm initial={ada} keepColor submitLabel="Save" onSubmit={onSubmit} onCancel={onCancel} />,
  )
  return { find, onSubmit, onCancel }
}

afterEach(() => {
  act(() => root?.unmount())
  document.body.replaceChildren()
})

describe('ProfileForm for a person already on the board', () => {
  it('starts from their profile and keeps their colour when they rename themselves', () => {
    const { find, onSubmit } = renderEditForm()
    expect(find<HTMLInputElement>('join-name').value).toBe('Ada')
    expect(find<HTMLInputElement>('join-team-bull').checked).toBe(true)
    typeInto(find('join-name'), '新名字')
    act(() => find('join-team-bear').click())
    act(() => find('join-submit').click())
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ name: '新名字', team: 'bear', color: PALETTE[3] })
  })

  it('saves a newly picked colour', () => {
    const { find, onSubmit } = renderEditForm()
    act(() => find('join-color-6').click())
    act(() => find('join-submit').click())
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ ...ada, color: PALETTE[6] })
  })

  it('refuses a blank name with a message, and cancels without saving', () => {
    const { find, onSubmit, onCancel } = renderEditForm()
    typeInto(find('join-name'), '  ')
    act(() => find('join-submit').click())
    expect(document.querySelector('[role="alert"]')?.textContent).toBe(en.join.nameRequired)
    act(() => find('join-cancel').click())
    expect(onSubmit).not.toHaveBeenCalled()
    expect(onCancel).toHaveBeenCalledOnce()
  })
})

describe('Avatars', () => {
  const peers: Peer[] = [
    { ...ada, clientId: 1, isLocal: true, reading: undefined },
    { name: 'Bo', color: PALETTE[0], team: Team.Bear, clientId: 2, isLocal: false, reading: undefined },
  ]

  it("makes only one's own avatar a button, marked as you, that opens the profile", () => {
    const onEditSelf = vi.fn()
    const find = render(<Avatars peers={peers} onEditSelf={onEditSelf} />)
    const own = find('edit-profile')
    expect(own.querySelector('[data-testid="avatar"]')?.getAttribute('aria-label')).toBe(
      'Ada (you) — Bull team — Change your name, side or colour',
    )
    expect(document.querySelectorAll('button')).toHaveLength(1)
    act(() => own.click())
    expect(onEditSelf).toHaveBeenCalledOnce()
  })
})
