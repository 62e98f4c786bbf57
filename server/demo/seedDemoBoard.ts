/** The demo board a new user finds on first start: the two bundled articles and a few example cards. */
import type * as Y from 'yjs'
import { DEMO_BOARD_ID } from '../../shared/board/ids.ts'
import type { Role } from '../../shared/access.ts'
import {
  createCardFromExcerpt,
  linkCards,
  nextCardPosition,
  readCards,
  readSources,
} from '../../shared/board/index.ts'
import { BoardTemplate, createBoard, destroyBoardDocuments } from '../boards/createBoard.ts'
import type { BoardStore } from '../storage/BoardStore.ts'

interface ExampleCard {
  stance: 'bull' | 'bear'
  article: number
  quote: string
  text: string
}

const EXAMPLE_CARDS: ExampleCard[] = [
  {
    stance: 'bull',
    article: 0,
    quote:
      '我們預計今年底公司的年化營收運行率(annualized revenue run rate)將超過200億美元,并在 2030 年增長到數千億美元。',
    text: 'Revenue is compounding fast: a $20B+ run rate this year makes the compute commitments plausible.',
  },
  {
    stance: 'bull',
    article: 0,
    quote: '我們非常確信世界將需要大量的“AI 云計算(AI cloud)”,而我們很高興能提供這樣的服務。',
    text: 'Demand for compute outruns supply; selling it directly is a second business.',
  },
  {
    stance: 'bear',
    article: 1,
    quote:
      '它预计将在2024年亏损50亿美元,而这个数字可能会随着更复杂的模型需要更多的计算资源和训练数据而继续增加。',
    text: 'Losses grow with every model generation: costs scale faster than revenue.',
  },
  {
    stance: 'bear',
    article: 1,
    quote: '即使涨了500%,零再怎么增加,最终还是零。',
    text: 'Investors buy a share of profits that may never exist.',
  },
]

/** Adds the example cards, each citing a real excerpt, and one rebuttal link. */
export function addExampleCards(doc: Y.Doc, now: number): void {
  const sources = readSources(doc)
  const ids = EXAMPLE_CARDS.map((example, index) => {
    const source = sources[example.article]
    const start = source?.text.indexOf(example.quote) ?? -1
    if (!source || start < 0) throw new Error(`demo quote not found in article ${example.article}`)
    return createCardFromExcerpt(
      doc,
      {
        stance: example.stance,
        text: example.text,
        ...nextCardPosition(readCards(doc), example.stance),
        sourceId: source.id,
        start,
        end: start + example.quote.length,
        team: example.stance,
        authorId: 'debate-board',
        authorName: 'Debate Board',
      },
      { now: now + index },
    )
  })
  linkCards(doc, { from: ids[2]!, to: ids[0]!, kind: 'rebuts' })
}

/** Creates the demo board unless it exists; returns its tokens when it was created just now. */
export async function seedDemoBoard(
  store: BoardStore,
  now = Date.now(),
): Promise<Record<Role, string> | undefined> {
  if (await store.hasBoard(DEMO_BOARD_ID)) return undefined
  try {
    const { tokens, documents } = await createBoard(
      store,
      {
        title: 'Is the AI boom sustainable?',
        motion: 'The generative-AI boom is sustainable.',
        template: BoardTemplate.AiBoom,
      },
      { id: DEMO_BOARD_ID, now, prepare: (draft) => addExampleCards(draft.board, now) },
    )
    destroyBoardDocuments(documents)
    return tokens
  } catch (error) {
    // Nodes that share a store and start at once race to seed it: the one that lost finds it there.
    if (await store.hasBoard(DEMO_BOARD_ID)) return undefined
    throw error
  }
}
