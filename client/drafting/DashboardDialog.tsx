/**
 * The teacher's dashboard (moderators only): per participant, cards, excerpts, links and words; per
 * article, the passages each team used; and the same as a CSV file.
 */
import { useTranslation } from 'react-i18next'
import { Dialog } from '../ui/Dialog.tsx'
import { describeError } from '../ui/errorMessage.ts'
import { ArticlePassages, ParticipantsTable } from './DashboardTables.tsx'
import { useCsvDownload } from './useCsvDownload.ts'
import { useDashboard } from './useDashboard.ts'
import './dashboard.css'

interface DashboardDialogProps {
  boardId: string
  /** The moderator token this page was opened with: the API asks for it. */
  moderatorToken: string | undefined
  onClose(): void
}

export function DashboardDialog({ boardId, moderatorToken, onClose }: DashboardDialogProps) {
  const { t } = useTranslation('drafting')
  const { state, reload } = useDashboard(boardId, moderatorToken)
  return (
    <Dialog title={t('dashboardTitle')} onClose={onClose} testId="dashboard-dialog" wide>
      <DashboardActions
        boardId={boardId}
        moderatorToken={moderatorToken}
        loading={state.status === 'loading'}
        onRefresh={reload}
      />
      {state.status === 'loading' && (
        <p className="dashboard-status" role="status" aria-busy="true" data-testid="dashboard-loading">
          {t('dashboardLoading')}
        </p>
      )}
      {state.status === 'error' && <DashboardError error={state.error} onRetry={reload} />}
      {state.status === 'ready' && (
        <div className="dashboard-body" data-testid="dashboard">
          <section aria-labelledby="dashboard-participants">
            <h3 id="dashboard-participants">{t('dashboardParticipants')}</h3>
            <ParticipantsTable participants={state.dashboard.participants} />
          </section>
          <section aria-labelledby="dashboard-articles">
            <h3 id="dashboard-articles">{t('dashboardArticles')}</h3>
            <ArticlePassages articles={state.dashboard.articles} />
          </section>
        </div>
      )}
    </Dialog>
  )
}

interface DashboardActionsProps {
  boardId: string
  moderatorToken: string | undefined
  loading: boolean
  onRefresh(): void
}

function DashboardActions({ boardId, moderatorToken, loading, onRefresh }: DashboardActionsProps) {
  const { t, i18n } = useTranslation('drafting')
  const { t: tCommon } = useTranslation()
  const csv = useCsvDownload(boardId, moderatorToken, i18n.language)
  const busy = csv.state.status === 'busy'
  return (
    <div className="dashboard-actions">
      <button
        type="button"
        className="button"
        onClick={onRefresh}
        disabled={loading}
        data-testid="dashboard-refresh"
      >
        <span aria-hidden="true">↻</span> {t('dashboardRefresh')}
      </button>
      <button
        type="button"
        className="button button-primary"
        onClick={() => void csv.download()}
        disabled={busy}
        aria-busy={busy || undefined}
        data-testid="dashboard-csv"
      >
        <span aria-hidden="true">⤓</span> {busy ? t('dashboardDownloading') : t('dashboardDownload')}
      </button>
      {csv.state.status === 'error' && (
        <p className="field-error" role="alert" data-testid="dashboard-csv-error">
          {t('dashboardDownloadFailed', { reason: describeError(tCommon, csv.state.error) })}
        </p>
      )}
    </div>
  )
}

function DashboardError({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation('drafting')
  const { t: tCommon } = useTranslation()
  return (
    <div className="dashboard-status" role="alert" data-testid="dashboard-error">
      <p>{t('dashboardFailed', { reason: describeError(tCommon, error) })}</p>
      <button type="button" className="button" onClick={onRetry} data-testid="dashboard-retry">
        {tCommon('common.retry')}
      </button>
    </div>
  )
}
