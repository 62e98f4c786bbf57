/** One tab per source article: its title and language tag; arrow keys move between tabs. */
import { useEffect, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Source } from '../../shared/board/schema.ts'

export interface ReaderTabsProps {
  sources: Source[]
  selectedId: string
  panelId: string
  onSelect(sourceId: string): void
}

/** The id of the tab element of a source, for `aria-labelledby`. */
export function readerTabId(panelId: string, sourceId: string): string {
  return `${panelId}-tab-${sourceId}`
}

export function ReaderTabs({ sources, selectedId, panelId, onSelect }: ReaderTabsProps) {
  const { t } = useTranslation('reader')

  // A new article's tab comes last and may sit beyond the scrolled tab list; show the chosen tab.
  useEffect(() => {
    const tab = document.getElementById(readerTabId(panelId, selectedId))
    if (typeof tab?.scrollIntoView === 'function') tab.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [panelId, selectedId])

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key]
    if (!step) return
    event.preventDefault()
    const index = sources.findIndex((s) => s.id === selectedId)
    const next = sources[(index + step + sources.length) % sources.length]
    if (!next) return
    onSelect(next.id)
    document.getElementById(readerTabId(panelId, next.id))?.focus()
  }

  return (
    <div className="reader-tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
      {sources.map((source) => {
        const selected = source.id === selectedId
        return (
          <button
            key={source.id}
            id={readerTabId(panelId, source.id)}
            type="button"
            role="tab"
            className="reader-tab"
            data-testid={`reader-tab-${source.id}`}
            aria-selected={selected}
            aria-controls={panelId}
            tabIndex={selected ? 0 : -1}
            title={source.title}
            onClick={() => onSelect(source.id)}
          >
            <span className="reader-tab-title" lang={source.language}>
              {source.title}
            </span>
            <span className="reader-tab-lang" aria-label={t('languageTag', { language: source.language })}>
              {source.language}
            </span>
          </button>
        )
      })}
    </div>
  )
}
