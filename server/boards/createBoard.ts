/** Creating a board: its first document, its three capability tokens, and its row in the store. */
import * as Y from 'yjs'
import { z } from '../../shared/zod.ts'
import type { Role } from '../../shared/access.ts'
import { addSource, createId, initBoard, metaInputSchema, type MetaInput } from '../../shared/board/index.ts'
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

export interface CreatedBoard {
  id: string
  tokens: Record<Role, string>
  doc: Y.Doc
}

/** Builds the first document of a board from its meta and template. */
export function buildBoardDocument(input: MetaInput & { template: BoardTemplate }, now = Date.now()): Y.Doc {
  const doc = new Y.Doc()
  initBoard(doc, input, now)
  if (input.template === BoardTemplate.AiBoom) {
    for (const [index, article] of readDemoArticles().entries()) addSource(doc, article, { now: now + index })
  }
  return doc
}

/**
 * Creates and stores a board. `prepare` may add content (the demo's example cards) before it is
 * stored. The returned doc belongs to the caller, who destroys it.
 */
export async function createBoard(
  store: BoardStore,
  input: CreateBoardInput,
  options: { id?: string; createdBy?: string; now?: number; prepare?: (doc: Y.Doc) => void } = {},
): Promise<CreatedBoard> {
  const parsed = createBoardInputSchema.parse(input)
  const now = options.now ?? Date.now()
  const doc = buildBoardDocument(parsed, now)
  options.prepare?.(doc)
  const id = options.id ?? createId()
  const { tokens, hashes } = issueTokens()
  await store.createBoard({
    id,
    createdAt: now,
    initialState: Y.encodeStateAsUpdate(doc),
    tokenHashes: hashes,
    createdBy: options.createdBy,
  })
  return { id, tokens, doc }
}
