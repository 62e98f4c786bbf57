/** The reader and the canvas side by side, and everything that passes between them. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Excerpt } from '../../shared/board/schema.ts'
import { ReaderPane } from '../reader/ReaderPane.tsx'
import { BoardCanvas } from '../canvas/BoardCanvas.tsx'
import { BoardCanvasContext, type BoardCanvasContextValue } from '../canvas/BoardCanvasContext.ts'
import { EMPTY_SELECTION, pruneSelection, toggleInSelection, type Selection } from '../canvas/selection.ts'
import { useReaderFollow } from '../follow/useReaderFollow.ts'
import type { Profile } from '../join/identity.ts'
import type { Peer } from '../presence/peers.ts'
import { ReadingBar } from '../presence/ReadingBar.tsx'
import { addArticle } from '../sources/addArticle.ts'
import type { BoardSession } from '../sync/BoardSession.ts'
import type { BoardSnapshot } from '../sync/boardSnapshot.ts'
import { DraftingCanvasContext } from '../drafting/DraftingContext.ts'
import { DraftsPanel } from '../drafting/DraftsPanel.tsx'
import { useDrafting } from '../drafting/useDrafting.ts'
import { useReaderRules } from '../drafting/useReaderRules.ts'
import { ResizableSplit, type PaneRequest } from './ResizableSplit.tsx'
import { useWorkspaceActions } from './useWorkspaceActions.ts'
import { MindMarksContext, useMindMarks } from '../decision/mindMarks.ts'
import { useReaderTrust } from './useReaderTrust.ts'
import { ManageArticlesDialog } from '../sources/ManageArticlesDialog.tsx'
import { ArticleImportContext, type ArticleImporter } from '../sources/articleImportContext.ts'
import { importArticle } from '../http/sourcesApi.ts'

interface WorkspaceProps {
  session: BoardSession
  snapshot: BoardSnapshot
  peers: Peer[]
  profile: Profile
  readOnly: boolean
  onHelp(): void
  /** The token this page was opened with: imports and the moderator's new versions send it. */
  token?: string | undefined
  boardId: string
}

export function Workspace({
  session,
  snapshot,
  peers,
  profile,
  readOnly,
  onHelp,
  token,
  boardId,
}: WorkspaceProps) {
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION)
  const drafting = useDrafting(session, profile.name)
  const { drafts } = drafting
  // The drafts shown are a second source of cards and links, over the board's.
  const cards = useMemo(
    () => (drafts ? [...snapshot.cards, ...drafts.cards] : snapshot.cards),
    [snapshot, drafts],
  )
  const links = useMemo(
    () => (drafts ? [...snapshot.links, ...drafts.links] : snapshot.links),
    [snapshot, drafts],
  )
  // Someone else may delete what is selected here; a ghost must not keep "Delete selected" enabled.
  const liveSelection = useMemo(
    () =>
      pruneSelection(selection, new Set(cards.map((card) => card.id)), new Set(links.map((link) => link.id))),
    [selection, cards, links],
  )
  const actions = useWorkspaceActions({ session, snapshot, cards, profile, readOnly, drafting, setSelection })
  const readerRules = useReaderRules(drafting)
  const [managing, setManaging] = useState(false)
  const openManagement = useCallback(() => setManaging(true), [])
  const trust = useReaderTrust(session, snapshot, drafting, readOnly, openManagement)
  const mindMarks = useMindMarks(session.provider)
  const activeSourceId = actions.activeSourceId
  // On a phone the panes take turns: follow the person to where their action leads.
  const [paneRequest, setPaneRequest] = useState<PaneRequest>()
  const showPane = useCallback(
    (pane: PaneRequest['pane']) => setPaneRequest((last) => ({ pane, nonce: (last?.nonce ?? 0) + 1 })),
    [],
  )
  const { onQuoteClick } = actions
  const onQuoteClickThenRead = useCallback(
    (excerpt: Excerpt) => {
      onQuoteClick(excerpt)
      showPane('left')
    },
    [onQuoteClick, showPane],
  )

  useEffect(() => {
    session.provider.awareness.setLocalStateField('reading', activeSourceId ?? null)
  }, [session, activeSourceId])
  const readerColumn = useRef<HTMLDivElement>(null)
  const readerFollow = useReaderFollow({
    columnRef: readerColumn,
    activeSourceId,
    onActiveSourceChange: actions.setActiveSourceId,
  })

  const canvasContext = useMemo<BoardCanvasContextValue>(
    () => ({
      doc: session.doc,
      readOnly,
      focusCardId: actions.focusCardId,
      onCardFocused: actions.onCardFocused,
      onQuoteClick: onQuoteClickThenRead,
      onLinkClick: (linkId, additive) =>
        setSelection((current) =>
          toggleInSelection(
            additive ? current : EMPTY_SELECTION,
            'links',
            linkId,
            !(additive && current.links.has(linkId)),
          ),
        ),
    }),
    [session, readOnly, actions.focusCardId, actions.onCardFocused, onQuoteClickThenRead],
  )

  const importer = useMemo<ArticleImporter>(
    () => (body, onProgress) => importArticle(boardId, token, body, onProgress, profile.name),
    [boardId, token, profile.name],
  )
  return (
    <ArticleImportContext.Provider value={readOnly ? undefined : importer}>
      <ResizableSplit
        paneRequest={paneRequest}
        left={
          <div className={`reader-column${readerFollow.locked ? ' follow-locked' : ''}`} ref={readerColumn}>
            <ReadingBar sources={snapshot.sources} peers={peers} />
            <ReaderPane
              sources={snapshot.sources}
              cards={cards}
              activeSourceId={activeSourceId}
              onActiveSourceChange={actions.setActiveSourceId}
              onCreateCard={(stance, range) => {
                actions.onCreateCard(stance, range)
                showPane('right')
              }}
              onHighlightActivate={(cardIds) => {
                actions.onHighlightActivate(cardIds)
                showPane('right')
              }}
              focusRequest={actions.focusRequest}
              readOnly={readOnly}
              onAddSource={(input) => addArticle(session.doc, input, profile.name)}
              stanceRefusals={readerRules.stanceRefusals}
              hiddenStances={readerRules.hiddenStances}
              addSourceRefusal={readerRules.addSourceRefusal}
              trust={trust}
            />
            {managing && (
              <ManageArticlesDialog
                doc={session.doc}
                sources={snapshot.sources}
                cards={snapshot.cards}
                boardId={boardId}
                token={token}
                onClose={() => setManaging(false)}
              />
            )}
          </div>
        }
        right={
          <BoardCanvasContext.Provider value={canvasContext}>
            <DraftingCanvasContext.Provider value={drafting.canvas}>
              <MindMarksContext.Provider value={mindMarks}>
                <BoardCanvas
                  session={session}
                  snapshot={snapshot}
                  readOnly={readOnly}
                  selection={liveSelection}
                  onSelectionChange={setSelection}
                  onHelp={onHelp}
                  layer={drafting.layer}
                  drafts={drafts}
                  overlay={<DraftsPanel drafting={drafting} provider={session.provider} />}
                  onAddFalsifier={actions.onCreateFalsifier}
                />
              </MindMarksContext.Provider>
            </DraftingCanvasContext.Provider>
          </BoardCanvasContext.Provider>
        }
      />
    </ArticleImportContext.Provider>
  )
}
