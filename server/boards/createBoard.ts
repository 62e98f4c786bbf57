/** Creating a board: its first documents, its capability tokens, and its row in the store. */
import * as Y from 'yjs'
import { z } from '../../shared/zod.ts'
import { SessionDocName, type Role } from '../../shared/access.ts'
import {
  DocName,
  addSource,
  createId,
  initBoard,
  metaInputSchema,
  type MetaInput,
} from '../../shared/board/index.ts'
import { Format } from '../../shared/debate/formats.ts'
import { initialSession, writeSession } from '../../shared/debate/session.ts'
import { issueTokens } from '../auth/capabilities.ts'
import { readDemoArticles } from '../demo/demoArticles.ts'
import type { BoardStore } from '../storage/BoardStore.ts'

/** Which articles a new board starts with: the two bundled demo articles, or none (the creator adds theirs). */
export const BoardArticles = { Demo: 'demo', None: 'none' } as const
export type BoardArticles = (typeof BoardArticles)[keyof typeof BoardArticles]

/** The older name of `articles`, still accepted from older clients: `blank` is none, `ai-boom` the demo's. */
export const BoardTemplate = { Blank: 'blank', AiBoom: 'ai-boom' } as const
export type BoardTemplate = (typeof BoardTemplate)[keyof typeof BoardTemplate]

const ARTICLES_OF_TEMPLATE: Record<BoardTemplate, BoardArticles> = {
  blank: BoardArticles.None,
  'ai-boom': BoardArticles.Demo,
}

/** What `POST /api/boards` takes; `articles` defaults to the demo's, `format` to a free board. */
export const createBoardInputSchema = metaInputSchema
  .extend({
    format: z.enum(Format, { error: 'must be classroom, committee, workshop or free' }).default(Format.Free),
    articles: z.enum(BoardArticles, { error: 'must be demo or none' }).optional(),
    template: z.enum(BoardTemplate, { error: 'must be blank or ai-boom' }).optional(),
    /** Whether authors are hidden from peers; the format's default when absent. */
    anonymous: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .refine((input) => input.articles === undefined || input.template === undefined, {
    path: ['template'],
    message: 'give either articles or the older template, not both',
  })
export type CreateBoardInput = z.input<typeof createBoardInputSchema>

/** A new board's settings once defaults are applied. */
export interface BoardSettings extends MetaInput {
  format: Format
  articles: BoardArticles
  anonymous?: boolean
}

/** The settings a create request asks for, its defaults applied and the `template` alias resolved. */
export function boardSettingsOf(input: CreateBoardInput): BoardSettings {
  const { template, articles, anonymous, ...rest } = createBoardInputSchema.parse(input)
  const resolved = articles ?? (template ? ARTICLES_OF_TEMPLATE[template] : BoardArticles.Demo)
  return { ...rest, articles: resolved, ...(anonymous === undefined ? {} : { anonymous }) }
}

/** The documents of a board being built, before it is stored. */
export interface BoardDocuments {
  board: Y.Doc
  control: Y.Doc
  /** The running debate (shared/debate/session.ts): format, phase plan, anonymity. */
  session: Y.Doc
}

export interface CreatedBoard {
  id: string
  tokens: Record<Role, string>
  documents: BoardDocuments
}

/** Builds the first documents of a board from its settings. */
export function buildBoardDocuments(settings: BoardSettings, now = Date.now()): BoardDocuments {
  const documents = { board: new Y.Doc(), control: new Y.Doc(), session: new Y.Doc() }
  initBoard(documents.control, settings, now)
  if (settings.articles === BoardArticles.Demo) {
    for (const [index, article] of readDemoArticles().entries())
      addSource(documents.board, article, { now: now + index })
  }
  const session = initialSession(settings.format, { anonymous: settings.anonymous })
  documents.session.transact(() => writeSession(documents.session, session))
  return documents
}

/** Releases the documents of a board that was built. */
export function destroyBoardDocuments(documents: BoardDocuments): void {
  documents.board.destroy()
  documents.control.destroy()
  documents.session.destroy()
}

/**
 * Creates and stores a board. `prepare` may add content (the demo's example cards, a group copy's
 * articles) before it is stored; `moderatorToken` replaces the random one (a group copy's is derived).
 * The returned documents belong to the caller, who destroys them.
 */
export async function createBoard(
  store: BoardStore,
  input: CreateBoardInput,
  options: {
    id?: string
    createdBy?: string
    now?: number
    moderatorToken?: string
    prepare?: (documents: BoardDocuments) => void
  } = {},
): Promise<CreatedBoard> {
  const now = options.now ?? Date.now()
  const documents = buildBoardDocuments(boardSettingsOf(input), now)
  options.prepare?.(documents)
  const id = options.id ?? createId()
  const { tokens, hashes } = await issueTokens(options.moderatorToken)
  await store.createBoard({
    id,
    createdAt: now,
    documents: {
      [DocName.Board]: Y.encodeStateAsUpdate(documents.board),
      [DocName.Control]: Y.encodeStateAsUpdate(documents.control),
      [SessionDocName.Session]: Y.encodeStateAsUpdate(documents.session),
    },
    tokenHashes: hashes,
    createdBy: options.createdBy,
  })
  return { id, tokens, documents }
}
