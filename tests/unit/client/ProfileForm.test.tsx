// @vitest-environment jsdom
import { act } from 'react'
import { afterEach, describe, expect, it, vi, type Mock } from 'vitest'
import type { ReactNode } from 'react'
import { PALETTE, type Profile } from '../../../client/join/identity.ts'
import { en } from '../../../client/i18n/en.ts'
import { ProfileForm } from '../../../client/join/ProfileForm.tsx'
import { renderInDom, typeInto } from '../../helpers/renderInDom.tsx'
import { Avatars } from '../../../client/presence/Avatars.tsx'
import type { Peer } from '../../../client/presence/peers.ts'

const ada: Profile = { name: 'Ada', color: PALETTE[3] }
function render(node: ReactNode) {
  const { find } = renderInDom(node)
  return <T extends HTMLElement>(testId: string) => find<T>(testId)!
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
  document.body.replaceChildren()
})

describe('ProfileForm for a person already on the board', () => {
  it('starts from their profile and keeps their colour when they rename themselves', () => {
    const { find, onSubmit } = renderEditForm()
    expect(find<HTMLInputElement>('join-name').value).toBe('Ada')
    typeInto(find('join-name'), '新名字')
    act(() => find('join-submit').click())
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({ name: '新名字', color: PALETTE[3] })
  })

  it('asks for no side: the team comes from the link or the moderator', () => {
    const { find } = renderEditForm()
    expect(document.querySelector('[data-testid^="join-team-"]')).toBeNull()
    expect(find('join-submit')).not.toBeNull()
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
    { ...ada, team: 'bull', clientId: 1, isLocal: true, reading: undefined },
    { name: 'Bo', color: PALETTE[0], team: 'bear', clientId: 2, isLocal: false, reading: undefined },
  ]

  it("makes only one's own avatar a button, marked as you, that opens the profile", () => {
    const onEditSelf = vi.fn()
    const find = render(<Avatars peers={peers} onEditSelf={onEditSelf} />)
    const own = find('edit-profile')
    expect(own.querySelector('[data-testid="avatar"]')?.getAttribute('aria-label')).toBe(
      'Ada (you) — Bull team — Change your name or colour',
    )
    expect(document.querySelectorAll('button')).toHaveLength(1)
    act(() => own.click())
    expect(onEditSelf).toHaveBeenCalledOnce()
  })
})
