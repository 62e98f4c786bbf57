// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { Role } from '../../../../shared/access.ts'
import { FORMAT_ORDER, Format } from '../../../../shared/debate/formats.ts'
import { ShareDialog } from '../../../../client/board/ShareDialog.tsx'
import { firstSharedRole, shareGroups } from '../../../../client/drafting/shareGroups.ts'
import { renderInDom } from '../../../helpers/renderInDom.tsx'
import { stubModalDialogs } from '../../../helpers/modalDialogs.ts'

const BOARD_ID = 'board-1'
const link = (role: string) => `http://192.168.1.20:3000/b/${BOARD_ID}#token=${role}`

beforeAll(stubModalDialogs)

beforeEach(() => {
  // The server never answers: the links are those this tab remembers.
  vi.stubGlobal('fetch', () => new Promise(() => {}))
  const known = Object.fromEntries(
    [Role.Edit, Role.Bull, Role.Bear, Role.View, Role.Projector].map((r) => [r, link(r)]),
  )
  sessionStorage.setItem(`debate-board.links.${BOARD_ID}`, JSON.stringify(known))
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.replaceChildren()
  sessionStorage.clear()
})

/** The roles of the share dialog's links, group by group, in the order shown. */
function shownGroups() {
  return [...document.querySelectorAll('.share-link-group')].map((group) => [
    group.querySelector('h3')?.textContent,
    [...group.querySelectorAll('[data-testid^="share-qr-"]')].map((radio) =>
      radio.getAttribute('data-testid')!.slice(9),
    ),
  ])
}

describe('the moderator’s share links', () => {
  it('puts a classroom’s team, audience and projector links first, each with its QR code on choice', () => {
    renderInDom(
      <ShareDialog
        boardId={BOARD_ID}
        role={Role.Moderate}
        token="m"
        format={Format.Classroom}
        onClose={() => {}}
      />,
    )
    expect(shownGroups()).toEqual([
      ['Share with the room', ['bull', 'bear', 'view', 'projector']],
      ['More links', ['edit', 'moderate']],
    ])
    // The first link shared shows its QR code at once: the bull team's, never the moderator's.
    expect(document.querySelector('.share-qr')?.getAttribute('data-role')).toBe(Role.Bull)
  })

  it('puts a workshop’s participant link first', () => {
    renderInDom(
      <ShareDialog
        boardId={BOARD_ID}
        role={Role.Moderate}
        token="m"
        format={Format.Workshop}
        onClose={() => {}}
      />,
    )
    expect(shownGroups()[0]).toEqual(['Share with the room', ['edit', 'view', 'projector']])
    expect(document.querySelector('.share-qr')?.getAttribute('data-role')).toBe(Role.Edit)
  })

  it('names a committee’s links its own way: the chair, the members and each side’s presenters', () => {
    renderInDom(
      <ShareDialog
        boardId={BOARD_ID}
        role={Role.Moderate}
        token="m"
        format={Format.Committee}
        onClose={() => {}}
      />,
    )
    const labels = [...document.querySelectorAll('.share-link-role strong')].map((label) => label.textContent)
    expect(labels).toEqual([
      'Bull presenters link',
      'Bear presenters link',
      'Observer link (read-only)',
      'Projector link (big screen)',
      'Member link (discuss and vote)',
      'Chair link',
    ])
  })

  it('lists every link exactly once whatever the format', () => {
    for (const format of FORMAT_ORDER) {
      const roles = shareGroups(format).flatMap((group) => group.roles)
      expect([...roles].sort()).toEqual(Object.values(Role).sort())
    }
  })

  it('never shows the moderator’s QR code first, even when it is the only link known', () => {
    expect(firstSharedRole(Format.Classroom, { moderate: link('moderate') })).toBeUndefined()
  })
})
