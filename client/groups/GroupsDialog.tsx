/**
 * The moderator's small groups: split the board into copies, then watch each group's phase and
 * activity and open it as its moderator. The list is read again every 10 s while the dialog is open.
 */
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_GROUPS } from '../../shared/debate/session.ts'
import { Dialog } from '../ui/Dialog.tsx'
import { groupsErrorText } from './errorText.ts'
import { GroupItem } from './GroupItem.tsx'
import { useGroupLinks } from './useGroupLinks.ts'
import { useGroups, type CreateState, type GroupsState } from './useGroups.ts'
import './groups.css'

interface GroupsDialogProps {
  boardId: string
  /** The moderator token this page was opened with: the API asks for it, and each group's link derives from it. */
  moderatorToken: string | undefined
  onClose(): void
}

export function GroupsDialog({ boardId, moderatorToken, onClose }: GroupsDialogProps) {
  const { t } = useTranslation('groups')
  const { state, reload, creating, create } = useGroups(boardId, moderatorToken)
  return (
    <Dialog title={t('title')} onClose={onClose} testId="groups-dialog" wide>
      <SplitForm creating={creating} onCreate={(count) => void create(count)} />
      <section className="groups-list-section" aria-labelledby="groups-list-heading">
        <div className="groups-list-header">
          <h3 id="groups-list-heading">{t('listHeading')}</h3>
          <button
            type="button"
            className="button"
            onClick={reload}
            disabled={state.loading}
            data-testid="groups-refresh"
          >
            <span aria-hidden="true">↻</span> {t('refresh')}
          </button>
        </div>
        <GroupList state={state} moderatorToken={moderatorToken} onRetry={reload} />
      </section>
    </Dialog>
  )
}

function SplitForm({ creating, onCreate }: { creating: CreateState; onCreate(count: number): void }) {
  const { t } = useTranslation('groups')
  const { t: tCommon } = useTranslation()
  const [count, setCount] = useState('2')
  const busy = creating.status === 'busy'
  const submit = (event: FormEvent) => {
    event.preventDefault()
    // The input's own min/max/step stop the form first; this guards a browser that ignores them.
    const value = Number(count)
    if (Number.isInteger(value) && value >= 1 && value <= MAX_GROUPS) onCreate(value)
  }
  return (
    <form className="groups-split" onSubmit={submit} data-testid="groups-split">
      <h3>{t('splitHeading')}</h3>
      <p className="groups-hint">{t('splitHint')}</p>
      <div className="groups-split-row">
        <label className="groups-count">
          <span>{t('countLabel')}</span>
          <input
            type="number"
            min={1}
            max={MAX_GROUPS}
            step={1}
            required
            value={count}
            onChange={(event) => setCount(event.target.value)}
            data-autofocus
            data-testid="groups-count"
          />
        </label>
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          aria-busy={busy || undefined}
          data-testid="groups-create"
        >
          {busy ? t('creating') : t('create')}
        </button>
      </div>
      {creating.status === 'error' && (
        <p className="field-error" role="alert" data-testid="groups-create-error">
          {t('createFailed', { reason: groupsErrorText(tCommon, creating.error) })}
        </p>
      )}
    </form>
  )
}

interface GroupListProps {
  state: GroupsState
  moderatorToken: string | undefined
  onRetry(): void
}

function GroupList({ state, moderatorToken, onRetry }: GroupListProps) {
  const { t } = useTranslation('groups')
  const { t: tCommon } = useTranslation()
  const { groups, readAt, loading, error } = state
  const links = useGroupLinks(groups?.map((group) => group.id) ?? [], moderatorToken)
  return (
    <>
      {error !== undefined && (
        <div className="groups-status" role="alert" data-testid="groups-error">
          <p>{t('failed', { reason: groupsErrorText(tCommon, error) })}</p>
          <button type="button" className="button" onClick={onRetry} data-testid="groups-retry">
            {tCommon('common.retry')}
          </button>
        </div>
      )}
      {groups === undefined && loading && (
        <p className="groups-status" role="status" aria-busy="true" data-testid="groups-loading">
          {t('loading')}
        </p>
      )}
      {groups?.length === 0 && (
        <p className="groups-status" data-testid="groups-empty">
          {t('empty')}
        </p>
      )}
      {groups !== undefined && groups.length > 0 && (
        <>
          {!moderatorToken && <p className="groups-hint">{t('noToken')}</p>}
          <ul className="groups-list" data-testid="groups-list">
            {groups.map((group) => (
              <GroupItem key={group.id} group={group} readAt={readAt} link={links[group.id]} />
            ))}
          </ul>
        </>
      )}
    </>
  )
}
