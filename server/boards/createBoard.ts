/** Creating a board: its first documents, its three capability tokens, and its row in the store. */
import * as Y from 'yjs'
import { z } from '../../shared/zod.ts'
import type { Role } from '../../shared/access.ts'
import {
  DocName,
  addSource,
  createId,
  initBoard,
  metaInputSchema,
  type MetaInput,
} from '../../shared/board/index.ts'
import { issueTokens } from '../auth/capabilities.ts'
import { readDemoArticles } from '../demo/demoArticles.ts'
import type { BoardStore } from '../storage/BoardStore.ts'

/** What a new board starts with. */
export const BoardTemplate = { Blank: 'blank', AiBoom: 'ai-boom' } as const
export type BoardTemplate = (typeof BoardTemplate)[keyof typeof BoardTemplate]

export const createBoardInputSchema = metaInputSchema.extend({
  template: z.enum([BoardTemplate.Blank, BoardTemplate.AiBoom]).default(BoardTemplate.AiBoom),
})
export type CreateBoardInput = z.input<typeof createBoardInputSchema>

/** The documents of a board being built, before it is stored. */
export interface BoardDocuments {
  board: Y.Doc
  control: Y.Doc
}

export interface CreatedBoard {
  id: string
  tokens: Record<Role, string>
  documents: BoardDocuments
}

/** Builds the first documents of a board from its meta and template. */
export function buildBoardDocuments(
  input: MetaInput & { template: BoardTemplate },
  now = Date.now(),
): BoardDocuments {
  const board = new Y.Doc()
  const control = new Y.Doc()
  initBoard(control, input, now)
  if (input.template === BoardTemplate.AiBoom) {
    for (const [index, article] of readDemoArticles().entries())
      addSource(board, article, { now: now + index })
  }
  return { board, control }
}

/** Releases the documents of a board that was built. */
export function destroyBoardDocuments(documents: BoardDocuments): void {
  documents.board.destroy()
  documents.control.destroy()
}

/**
 * Creates and stores a board. `prepare` may add content (the demo's example cards) before it is
 * stored. The returned documents belong to the caller, who destroys them.
 */
export async function createBoard(
  store: BoardStore,
  input: CreateBoardInput,
  options: {
    id?: string
    createdBy?: string
    now?: number
    prepare?: (documents: BoardDocuments) => void
  } = {},
): Promise<CreatedBoard> {
  const parsed = createBoardInputSchema.parse(input)
  const now = options.now ?? Date.now()
  const documents = buildBoardDocuments(parsed, now)
  options.prepare?.(documents)
  const id = options.id ?? createId()
  const { tokens, hashes } = await issueTokens()
  await store.createBoard({
    id,
    createdAt: now,
    documents: {
      [DocName.Board]: Y.encodeStateAsUpdate(documents.board),
      [DocName.Control]: Y.encodeStateAsUpdate(documents.control),
    },
    tokenHashes: hashes,
    createdBy: options.createdBy,
  })
  return { id, tokens, documents }
}
