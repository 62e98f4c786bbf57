/**
 * The article reader: tabs over the board's sources, the article with its cards' excerpts highlighted,
 * and a toolbar that turns a text selection into a bull or bear card.
 */
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type JSX,
  type KeyboardEvent as ReactKeyboardEvent,
  type SyntheticEvent,
} from 'react'
import { useTranslation } from 'react-i18next'
import { LIMITS, Stance, type Card, type Source } from '../../shared/board/schema.ts'
import { AddArticleButton, AddArticleInvite } from '../sources/AddArticleButton.tsx'
import { RefusedAddArticle } from '../drafting/RefusedAddArticle.tsx'
import type { ArticleInput } from '../sources/articleDraft.ts'
import { splitArticle } from './articleBlocks.ts'
import { formatParagraphs } from './articleFormatting.ts'
import { findHiddenRanges } from './hiddenText.ts'
import { HighlightPopover } from './HighlightPopover.tsx'
import { computeHighlightSegments, selectHighlightInputs, selectOrphans } from './highlightSegments.ts'
import { OrphanList } from './OrphanList.tsx'
import { HIGHLIGHT_SELECTOR, ReaderArticle } from './ReaderArticle.tsx'
import { ReaderTabs, readerTabId } from './ReaderTabs.tsx'
import { SelectionToolbar } from './SelectionToolbar.tsx'
import { useArticleSelection } from './useArticleSelection.ts'
import { useCaretBrowsing } from './useCaretBrowsing.ts'
import { useFocusRequest, type ReaderFocusRequest } from './useFocusRequest.ts'
import { ArticleTrustBars, ArticleTrustLists, CoverageBeside } from './ArticleTrust.tsx'
import type { ReaderTrust } from './readerTrust.ts'
import { useArticleTrust } from './useArticleTrust.ts'
import './reader.css'
import { isTextEntry } from '../ui/isTextEntry.ts'
import { useLastPointerWasTouch } from '../ui/useLastPointerWasTouch.ts'

export type { ReaderFocusRequest } from './useFocusRequest.ts'

export interface ReaderPaneProps {
  sources: Source[]
  /** All cards; those with an excerpt on the shown source are highlighted. */
  cards: Card[]
  activeSourceId: string | undefined
  onActiveSourceChange(sourceId: string): void
  onCreateCard(stance: Stance, range: { sourceId: string; start: number; end: number }): void
  /** The user clicked (or pressed Enter on) a highlight cited by these cards. */
  onHighlightActivate(cardIds: string[]): void
  /** On each new nonce: switch to the source, centre the passage and flash it. */
  focusRequest?: ReaderFocusRequest
  /** No selection toolbar and no shortcuts when true. */
  readOnly: boolean
  /** Adds an article and returns its id; without it (or when read-only) there is no "Add article". */
  onAddSource?(input: ArticleInput): string
  /** Why a stance cannot be chosen now (the debate's phase rules), by stance. */
  stanceRefusals?: Partial<Record<Stance, string>>
  /** Stances the selection toolbar does not offer: the rules fix the participant's side. */
  hiddenStances?: readonly Stance[]
  /** Why "Add article" is disabled now, if it is. */
  addSourceRefusal?: string
  /** Drift, re-pointing and article management (SR3–SR5); coverage and search need none of it. */
  trust?: ReaderTrust
}

interface HoveredHighlight {
  cardIds: string[]
  top: number
  left: number
}

export function ReaderPane(props: ReaderPaneProps): JSX.Element {
  const {
    sources,
    cards,
    activeSourceId,
    readOnly,
    onActiveSourceChange,
    onCreateCard,
    onHighlightActivate,
    onAddSource,
  } = props
  const { t } = useTranslation('reader')
  const { t: tSources } = useTranslation('sources')
  const panelId = useId()
  const rootRef = useRef<HTMLDivElement>(null)
  const scrollRef = useRef<HTMLDivElement>(null)
  const articleRef = useRef<HTMLDivElement>(null)
  const [hovered, setHovered] = useState<HoveredHighlight | null>(null)
  const touch = useLastPointerWasTouch()

  const source = sources.find((s) => s.id === activeSourceId) ?? sources[0]
  const segments = useMemo(
    () => (source ? computeHighlightSegments(source.text, selectHighlightInputs(cards, source.id)) : []),
    [source, cards],
  )
  const [rawSelection, clearSelection] = useArticleSelection(articleRef, scrollRef, !readOnly, segments)
  const caretBrowsing = useCaretBrowsing(articleRef, scrollRef)
  const selection = !readOnly && rawSelection?.sourceId === source?.id ? rawSelection : null
  const shownSegments = selection ? selection.heldSegments : segments
  const hidden = useMemo(() => (source ? findHiddenRanges(source.text) : []), [source])
  const paragraphs = useMemo(
    () => (source ? formatParagraphs(splitArticle(source.text, shownSegments, hidden), source.blocks) : []),
    [source, shownSegments, hidden],
  )
  const orphans = useMemo(() => (source ? selectOrphans(cards, source) : []), [source, cards])
  const cardsById = useMemo(() => new Map(cards.map((card) => [card.id, card])), [cards])

  useFocusRequest(props.focusRequest, sources, source?.id, onActiveSourceChange, articleRef, scrollRef)
  const trusted = useArticleTrust(source, sources, cards, props.trust, articleRef, scrollRef)

  const createCard = useCallback(
    (stance: Stance) => {
      if (!selection || selection.end - selection.start > LIMITS.quoteLength) return
      onCreateCard(stance, { sourceId: selection.sourceId, start: selection.start, end: selection.end })
      document.getSelection()?.removeAllRanges()
      clearSelection()
    },
    [selection, onCreateCard, clearSelection],
  )
  useStanceShortcuts(selection !== null, createCard)

  const onArticleClick = useCallback(
    (event: SyntheticEvent) => {
      const highlight = closestHighlight(event.target)
      // A drag that starts and ends on one highlight is a selection, not a click on it.
      const selected = document.getSelection()
      if (!highlight || (selected && !selected.isCollapsed)) return
      onHighlightActivate(cardIdsOf(highlight))
    },
    [onHighlightActivate],
  )

  const { onKeyDown: onCaretKey } = caretBrowsing
  const onArticleKeyDown = useCallback(
    (event: ReactKeyboardEvent) => {
      if (onCaretKey(event)) return event.preventDefault()
      const highlight = closestHighlight(event.target)
      if (!highlight || (event.key !== 'Enter' && event.key !== ' ')) return
      event.preventDefault()
      onHighlightActivate(cardIdsOf(highlight))
    },
    [onHighlightActivate, onCaretKey],
  )

  const onArticlePointerIn = useCallback((event: SyntheticEvent) => {
    const highlight = closestHighlight(event.target)
    const root = rootRef.current
    if (!highlight || !root) return setHovered(null)
    const box = root.getBoundingClientRect()
    const rect = highlight.getBoundingClientRect()
    setHovered({
      cardIds: cardIdsOf(highlight),
      top: rect.bottom - box.top + 6,
      left: Math.max(0, rect.left - box.left),
    })
  }, [])
  const onArticlePointerOut = useCallback(() => setHovered(null), [])

  const canAdd = !readOnly && onAddSource !== undefined
  if (!source) {
    // An empty reader invites only those who may add an article now.
    const invite = canAdd && !props.addSourceRefusal
    return (
      <div className="reader" data-testid="reader" ref={rootRef}>
        <div className="reader-empty" role="status">
          <h2>{t('emptyTitle')}</h2>
          {invite ? (
            <AddArticleInvite onSave={onAddSource} onAdded={onActiveSourceChange} />
          ) : (
            <p>{t('emptyBody')}</p>
          )}
        </div>
      </div>
    )
  }

  const hoveredCards = hovered?.cardIds.flatMap((id) => cardsById.get(id) ?? []) ?? []
  const popoverId = `${panelId}-popover`
  return (
    <div className="reader" data-testid="reader" ref={rootRef}>
      <div className="reader-tabbar">
        <ReaderTabs
          sources={sources}
          selectedId={source.id}
          panelId={panelId}
          onSelect={onActiveSourceChange}
        />
        {canAdd &&
          (props.addSourceRefusal ? (
            <RefusedAddArticle reason={props.addSourceRefusal} />
          ) : (
            <AddArticleButton onSave={onAddSource} onAdded={onActiveSourceChange} />
          ))}
        {props.trust?.onManage && (
          <button
            type="button"
            className="add-article-button"
            onClick={props.trust.onManage}
            data-testid="manage-articles-open"
          >
            {tSources('manageButton')}
          </button>
        )}
      </div>
      <ArticleTrustBars
        source={source}
        trusted={trusted}
        trust={props.trust}
        selection={selection}
        onRepointDone={() => {
          document.getSelection()?.removeAllRanges()
          clearSelection()
        }}
      />
      <CoverageBeside trusted={trusted} length={source.text.length}>
        <div
          ref={scrollRef}
          id={panelId}
          className="reader-scroll"
          role="tabpanel"
          aria-labelledby={readerTabId(panelId, source.id)}
          onClick={onArticleClick}
          onKeyDown={onArticleKeyDown}
          onMouseOver={onArticlePointerIn}
          onMouseOut={onArticlePointerOut}
          onFocus={(event) => {
            caretBrowsing.onFocus(event)
            onArticlePointerIn(event)
          }}
          onBlur={() => {
            caretBrowsing.onBlur()
            onArticlePointerOut()
          }}
          onPointerDown={caretBrowsing.onPointerDown}
        >
          <h2 className="reader-heading" lang={source.language}>
            {source.title}
          </h2>
          {source.url && (
            <a className="reader-origin" href={source.url} target="_blank" rel="noreferrer noopener">
              {t('openOriginal')}
            </a>
          )}
          <ArticleTrustLists
            trusted={trusted}
            trust={props.trust}
            onShowCard={(id) => onHighlightActivate([id])}
          />
          <OrphanList
            key={source.id}
            orphans={orphans}
            onShowCard={(id) => onHighlightActivate([id])}
            onRepoint={props.trust && trusted.setRepointing}
            canRepoint={props.trust?.canChangeCard}
          />
          {source.text.length === 0 ? (
            <p className="reader-empty" role="status">
              {t('emptyText')}
            </p>
          ) : (
            <ReaderArticle
              key={source.id}
              source={source}
              paragraphs={paragraphs}
              articleRef={articleRef}
              labelledBy={readerTabId(panelId, source.id)}
              describedBy={`${panelId}-caret-hint`}
            />
          )}
          <p id={`${panelId}-caret-hint`} hidden>
            {t('caretHint')}
          </p>
          {caretBrowsing.caret && (
            <span
              className="reader-caret"
              aria-hidden="true"
              data-testid="reader-caret"
              style={{
                top: caretBrowsing.caret.top,
                left: caretBrowsing.caret.left,
                height: caretBrowsing.caret.height,
              }}
            />
          )}
          {selection && !touch && !trusted.repointing && (
            <SelectionToolbar
              top={selection.top}
              left={selection.left}
              tooLong={selection.end - selection.start > LIMITS.quoteLength}
              onChoose={createCard}
              refusals={props.stanceRefusals}
              hidden={props.hiddenStances}
            />
          )}
        </div>
      </CoverageBeside>
      {selection && touch && !trusted.repointing && (
        <SelectionToolbar
          top={0}
          left={0}
          docked
          tooLong={selection.end - selection.start > LIMITS.quoteLength}
          onChoose={createCard}
          refusals={props.stanceRefusals}
          hidden={props.hiddenStances}
        />
      )}
      {hovered && hoveredCards.length > 0 && (
        <HighlightPopover id={popoverId} cards={hoveredCards} top={hovered.top} left={hovered.left} />
      )}
    </div>
  )
}

/** `b` makes a bull card and `n` a bear card from the selection, unless the user is typing somewhere. */
function useStanceShortcuts(active: boolean, onChoose: (stance: Stance) => void) {
  useEffect(() => {
    if (!active) return
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTextEntry(event.target)) return
      // On the canvas, letters are the cards' own keys (L links), not a leftover article selection's.
      if (event.target instanceof Element && event.target.closest('[data-testid="canvas"]')) return
      const stance = SHORTCUTS[event.key.toLowerCase()]
      if (!stance) return
      event.preventDefault()
      onChoose(stance)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [active, onChoose])
}

const SHORTCUTS: Record<string, Stance | undefined> = { b: Stance.Bull, n: Stance.Bear }

function closestHighlight(target: EventTarget | null) {
  return target instanceof Element ? target.closest(HIGHLIGHT_SELECTOR) : null
}

function cardIdsOf(highlight: Element) {
  return (highlight.getAttribute('data-card-ids') ?? '').split(' ').filter(Boolean)
}
