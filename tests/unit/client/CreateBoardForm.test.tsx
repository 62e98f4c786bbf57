// @vitest-environment jsdom
/** The landing page's new-board form: format tiles, anonymity, articles, and what it sends and opens. */
import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CreateBoardForm } from '../../../client/landing/CreateBoardForm.tsx'
import { BoardLinks } from '../../../client/landing/BoardLinks.tsx'
import { takeAddArticleRequest } from '../../../client/debate/addArticleRequest.ts'
import type { CreatedBoard } from '../../../client/http/boardsApi.ts'
import { renderInDom, typeInto } from '../../helpers/renderInDom.tsx'

const LINKS = {
  moderate: 'http://localhost/b/b1#token=m',
  edit: 'http://localhost/b/b1#token=e',
  bull: 'http://localhost/b/b1#token=bu',
  bear: 'http://localhost/b/b1#token=be',
  view: 'http://localhost/b/b1#token=v',
  projector: 'http://localhost/b/b1#token=p',
}

afterEach(() => {
  vi.unstubAllGlobals()
  sessionStorage.clear()
  window.history.replaceState(null, '', '/')
})

/** Fills the form, chooses with `choose`, submits, and returns the JSON body the server received. */
async function submitWith(choose: (find: (id: string) => HTMLElement) => void) {
  const fetch = vi.fn(async () => Response.json({ id: 'b1', links: LINKS }, { status: 201 }))
  vi.stubGlobal('fetch', fetch)
  const onCreated = vi.fn()
  const view = renderInDom(<CreateBoardForm onCreated={onCreated} />)
  const find = (id: string) => view.find(id)!
  typeInto(find('board-title-input') as HTMLInputElement, ' Cars ')
  act(() => choose(find))
  await act(async () => find('create-board').click())
  expect(onCreated).toHaveBeenCalledOnce()
  const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
  expect(path).toBe('/api/boards')
  return { body: JSON.parse(init.body as string) as unknown, setup: onCreated.mock.calls[0]![1] as unknown }
}

describe('creating a board', () => {
  it('offers four formats, each with its purpose and its phases', () => {
    const view = renderInDom(<CreateBoardForm onCreated={() => {}} />)
    const tiles = [...view.container.querySelectorAll('.choice-tile')].map((tile) => tile.textContent)
    expect(tiles).toEqual([
      'Classroom debateTwo teams prepare in private, argue, rebut, then the class votes.Phases: Prepare → Openings → Rebuttal → Vote → Result',
      'Investment committeeRead first, hear the bull case and the bear case, discuss, then decide.Phases: Pre-read → Bull case → Bear case → Discussion → Final vote → Decision',
      'WorkshopEveryone brainstorms alone, then the group clusters the ideas and votes with dots.Phases: Brainstorm → Reveal → Cluster → Dot vote → Discuss',
      'Free boardNo phases and no timer: everyone may do everything, any time.',
    ])
    expect(view.find<HTMLInputElement>('format-classroom')!.checked).toBe(true)
    expect(view.find<HTMLInputElement>('articles-demo')!.checked).toBe(true)
  })

  it('offers "Anonymous to peers" for a classroom debate only', () => {
    const view = renderInDom(<CreateBoardForm onCreated={() => {}} />)
    expect(view.find('anonymous-to-peers')).not.toBeNull()
    act(() => view.find('format-committee')!.click())
    expect(view.find('anonymous-to-peers')).toBeNull()
  })

  it('sends an anonymous classroom debate on the demo articles', async () => {
    const { body } = await submitWith((find) => find('anonymous-to-peers').click())
    expect(body).toEqual({
      title: 'Cars',
      motion: '',
      format: 'classroom',
      articles: 'demo',
      anonymous: true,
    })
  })

  it('sends a workshop with no articles when the creator brings their own, and remembers that choice', async () => {
    const { body, setup } = await submitWith((find) => {
      find('format-workshop').click()
      find('articles-own').click()
    })
    expect(body).toEqual({ title: 'Cars', motion: '', format: 'workshop', articles: 'none' })
    expect(setup).toMatchObject({ articles: 'own' })
  })

  it('sends a free board without articles', async () => {
    const { body } = await submitWith((find) => {
      find('format-free').click()
      find('articles-none').click()
    })
    expect(body).toEqual({ title: 'Cars', motion: '', format: 'free', articles: 'none' })
  })
})

describe('the links of a new board', () => {
  const board: CreatedBoard = { id: 'b1', links: LINKS }

  it('lists every link: moderator, participant, both teams, observer and projector', () => {
    const view = renderInDom(<BoardLinks board={board} addArticles={false} onReset={() => {}} />)
    const labels = [...view.container.querySelectorAll('.link-list .field > span:first-child')].map(
      (label) => label.textContent,
    )
    expect(labels).toEqual([
      'Moderator link',
      'Participant link (can edit)',
      'Bull team link',
      'Bear team link',
      'Observer link (read-only)',
      'Projector link (big screen)',
    ])
    expect(view.find('own-articles-note')).toBeNull()
  })

  it('opens a board of the creator’s own articles at the Add article dialog, once', () => {
    const view = renderInDom(<BoardLinks board={board} addArticles onReset={() => {}} />)
    expect(view.find('own-articles-note')?.textContent).toContain('“Add article” dialog')
    act(() => view.find('open-moderator')!.click())
    expect(window.location.pathname).toBe('/b/b1')
    expect(takeAddArticleRequest()).toBe(true)
    expect(takeAddArticleRequest()).toBe(false)
  })

  it('opens any other board as usual', () => {
    const view = renderInDom(<BoardLinks board={board} addArticles={false} onReset={() => {}} />)
    act(() => view.find('open-moderator')!.click())
    expect(takeAddArticleRequest()).toBe(false)
  })
})
