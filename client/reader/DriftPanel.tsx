/**
 * Drift alerts (SPEC SR4): after a new version of the article, the cards whose passage moved or changed,
 * each with a word diff of its quote and the new passage, accepted one by one or all at once.
 * Orphaned cards are listed by OrphanList, where they can be re-pointed.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DriftEntry, SourceDrift } from '../../shared/sources/drift.ts'
import { diffWords } from '../../shared/sources/wordDiff.ts'
import { truncateText } from '../ui/truncateText.ts'

const PREVIEW_LENGTH = 80

/** A drifted card whose new passage can be accepted. */
export type AcceptableDrift = Extract<DriftEntry, { range: unknown }>

export interface DriftPanelProps {
  drift: SourceDrift
  /** Whether this participant may change the card's excerpt (the server's rule). */
  canChange(cardId: string): boolean
  onAccept(entries: AcceptableDrift[]): void
  onShowCard(cardId: string): void
}

/** Nothing when no card moved or changed; open by default, since each entry asks for a decision. */
export function DriftPanel({ drift, canChange, onAccept, onShowCard }: DriftPanelProps) {
  const { t } = useTranslation('sources')
  const [open, setOpen] = useState(true)
  const listId = useId()
  const entries = [...drift.moved, ...drift.changed] as AcceptableDrift[]
  if (entries.length === 0) return null
  const acceptable = entries.filter((entry) => canChange(entry.cardId))
  return (
    <section
      className="reader-drift"
      data-testid="reader-drift"
      aria-label={t('driftTitle', { count: entries.length })}
    >
      <div className="reader-drift-head">
        <button
          type="button"
          className="reader-drift-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((was) => !was)}
        >
          {t('driftTitle', { count: entries.length })}
        </button>
        {acceptable.length > 1 && (
          <button
            type="button"
            className="button"
            onClick={() => onAccept(acceptable)}
            data-testid="drift-accept-all"
          >
            {t('acceptAll')}
          </button>
        )}
      </div>
      {open && (
        <div id={listId}>
          <p className="reader-drift-hint">{t('driftHint')}</p>
          <ul>
            {entries.map((entry) => (
              <li
                key={entry.cardId}
                className="reader-drift-entry"
                data-testid="drift-entry"
                data-status={entry.status}
              >
                <span className={`reader-drift-status reader-drift-status--${entry.status}`}>
                  {t(entry.status === 'moved' ? 'driftMoved' : 'driftChanged')}
                </span>
                {entry.status === 'moved' ? (
                  <q>{truncateText(entry.passage, PREVIEW_LENGTH)}</q>
                ) : (
                  <WordDiff before={entry.excerpt.quote} after={entry.passage} />
                )}
                <span className="reader-drift-actions">
                  <button type="button" className="link-button" onClick={() => onShowCard(entry.cardId)}>
                    {t('showCard')}
                  </button>
                  {canChange(entry.cardId) && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => onAccept([entry])}
                      data-testid="drift-accept"
                    >
                      {t('accept')}
                    </button>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}

/** The quote and its new passage as one text: removed words struck through, added ones marked. */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation('sources')
  return (
    <q className="word-diff" data-testid="word-diff">
      {diffWords(before, after).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={index} aria-label={t('diffRemoved', { text: part.text })}>
            {part.text}
          </del>
        ) : (
          <ins key={index} aria-label={t('diffAdded', { text: part.text })}>
            {part.text}
          </ins>
        ),
      )}
    </q>
  )
}
