// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { GroupLabel } from '../../../../client/groups/GroupLabel.tsx'
import { groupsStrings } from '../../../../client/groups/strings.ts'
import { relativeTime } from '../../../../client/groups/relativeTime.ts'
import { renderInDom } from '../../../helpers/renderInDom.tsx'

afterEach(() => {
  document.body.replaceChildren()
})

describe('a small-group copy’s label', () => {
  it('names the group by its number after the title', () => {
    const { find } = renderInDom(<GroupLabel group={{ parentId: 'original-1', number: 3 }} />)
    expect(find('group-label')?.textContent).toBe('Group 3')
  })

  it('shows nothing on a board that is no group', () => {
    const { container } = renderInDom(<GroupLabel group={null} />)
    expect(container.textContent).toBe('')
  })

  it('has the group’s name in each language', () => {
    expect(groupsStrings['zh-Hans'].groupName).toBe('第 {{number}} 组')
    expect(groupsStrings['zh-Hant'].groupName).toBe('第 {{number}} 組')
  })
})

describe('the time of a group’s last card', () => {
  const now = Date.UTC(2025, 0, 1, 12)
  it.each([
    ['en', now - 20_000, 'now'],
    ['en', now + 5_000, 'now'],
    ['en', now - 5 * 60_000, '5 minutes ago'],
    ['en', now - 2 * 3_600_000, '2 hours ago'],
    ['en', now - 3 * 86_400_000, '3 days ago'],
    ['zh-Hans', now - 5 * 60_000, '5分钟前'],
  ])('in %s, %i reads "%s"', (language, at, expected) => {
    expect(relativeTime(language, at, now)).toBe(expected)
  })
})
