/**
 * The moderator's article management: rename, reorder, remove, and new versions (SPEC SR3–SR5). The
 * changes go straight into the board document; the server refuses them from anyone but a moderator.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { Card, Source } from '../../shared/board/schema.ts'
import { moveSource, removeSource, renameSource } from '../../shared/board/sourceMutators.ts'
import { importNewVersion, type ImportBody } from '../http/sourcesApi.ts'
import { Dialog } from '../ui/Dialog.tsx'
import { ArticleFileButton } from './ArticleFileButton.tsx'
import { ImportProgressLine } from './ImportProgressLine.tsx'
import { useImport } from './useImport.ts'
import './sources.css'

export interface ManageArticlesDialogProps {
  doc: Y.Doc
  sources: Source[]
  cards: Card[]
  boardId: string
  /** The moderator token this page was opened with. */
  token: string | undefined
  onClose(): void
}

export function ManageArticlesDialog(props: ManageArticlesDialogProps) {
  const { t } = useTranslation('sources')
  const { state, run } = useImport()
  const upload = (source: Source, body: ImportBody) =>
    void run((onProgress) => importNewVersion(props.boardId, source.id, props.token, body, onProgress))
  const done = state.status === 'done' ? state.answer : undefined
  return (
    <Dialog title={t('manageTitle')} onClose={props.onClose} testId="manage-articles" wide>
      <p className="manage-hint">{t('manageHint')}</p>
      <ol className="manage-list">
        {props.sources.map((source, index) => (
          <ManageRow
            key={source.id}
            source={source}
            number={index + 1}
            last={index === props.sources.length - 1}
            citing={props.cards.filter((card) => card.excerpt?.sourceId === source.id).length}
            doc={props.doc}
            busy={state.status === 'busy'}
            onUpload={(body) => upload(source, body)}
          />
        ))}
      </ol>
      <ImportProgressLine state={state} />
      {done?.drift && (
        <p role="status" className="manage-done" data-testid="version-done">
          {t('versionDone', {
            version: done.source.version ?? 2,
            moved: done.drift.moved.length,
            changed: done.drift.changed.length,
            orphaned: done.drift.orphaned.length,
          })}
        </p>
      )}
      <footer className="article-actions">
        <button type="button" className="button" onClick={props.onClose} data-testid="manage-close">
          {t('close')}
        </button>
      </footer>
    </Dialog>
  )
}

interface ManageRowProps {
  source: Source
  number: number
  last: boolean
  citing: number
  doc: Y.Doc
  busy: boolean
  onUpload(body: ImportBody): void
}

function ManageRow({ source, number, last, citing, doc, busy, onUpload }: ManageRowProps) {
  const { t } = useTranslation('sources')
  const [title, setTitle] = useState(source.title)
  const [confirming, setConfirming] = useState(false)
  const commitTitle = () => {
    const trimmed = title.trim()
    if (trimmed && trimmed !== source.title) renameSource(doc, source.id, trimmed)
    else setTitle(source.title)
  }
  return (
    <li className="manage-row" data-testid={`manage-${source.id}`}>
      <div className="manage-line">
        <input
          className="manage-title"
          value={title}
          lang={source.language}
          aria-label={t('renameLabel', { number })}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
          onBlur={commitTitle}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.nativeEvent.isComposing) commitTitle()
          }}
          data-testid="manage-title"
        />
        {source.version !== undefined && source.version > 1 && (
          <span className="manage-version">{t('versionTag', { version: source.version })}</span>
        )}
        <button
          type="button"
          className="icon-button"
          disabled={number === 1}
          aria-label={t('moveEarlier', { title: source.title })}
          onClick={() => moveSource(doc, source.id, -1)}
          data-testid="manage-earlier"
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          disabled={last}
          aria-label={t('moveLater', { title: source.title })}
          onClick={() => moveSource(doc, source.id, 1)}
          data-testid="manage-later"
        >
          ↓
        </button>
      </div>
      <div className="manage-line">
        <ArticleFileButton busy={busy} onFile={(file) => onUpload({ file })} testId="manage-version-file">
          {t('newVersion')}
        </ArticleFileButton>
        {source.url && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onUpload({ refetch: true })}
          >
            {t('refetch')}
          </button>
        )}
        {confirming ? (
          <RemoveConfirm
            title={source.title}
            citing={citing}
            onRemove={() => removeSource(doc, source.id)}
            onKeep={() => setConfirming(false)}
          />
        ) : (
          <button
            type="button"
            className="button button-danger"
            onClick={() => setConfirming(true)}
            data-testid="manage-remove"
          >
            {t('remove')}
          </button>
        )}
      </div>
    </li>
  )
}

function RemoveConfirm(props: { title: string; citing: number; onRemove(): void; onKeep(): void }) {
  const { t } = useTranslation('sources')
  return (
    <div className="manage-confirm" role="alert">
      <span>{t('removeConfirm', { title: props.title, count: props.citing })}</span>
      <button
        type="button"
        className="button button-danger"
        onClick={props.onRemove}
        data-testid="manage-remove-yes"
      >
        {t('removeYes')}
      </button>
      <button type="button" className="button" onClick={props.onKeep}>
        {t('keep')}
      </button>
    </div>
  )
}
