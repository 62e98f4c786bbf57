/** The dashboard's two views: a table of participants, and each article's passages by team. */
import { useTranslation } from 'react-i18next'
import { Team } from '../../shared/access.ts'
import type { ArticleUse, ParticipantStats, PassageUse } from '../http/dashboardApi.ts'
import { truncateText } from '../ui/truncateText.ts'

/** How much of a quoted passage the dashboard shows. */
const QUOTE_CHARS = 140
const COLUMNS = ['cards', 'excerpts', 'links', 'words'] as const
const COLUMN_TITLE = {
  cards: 'dashboardCards',
  excerpts: 'dashboardExcerpts',
  links: 'dashboardLinks',
  words: 'dashboardWords',
} as const

export function ParticipantsTable({ participants }: { participants: readonly ParticipantStats[] }) {
  const { t } = useTranslation('drafting')
  if (participants.length === 0)
    return (
      <p className="dashboard-empty" data-testid="dashboard-no-participants">
        {t('dashboardNoParticipants')}
      </p>
    )
  return (
    <div className="dashboard-table-scroll">
      <table className="dashboard-table" data-testid="dashboard-participants">
        <thead>
          <tr>
            <th scope="col">{t('dashboardName')}</th>
            <th scope="col">{t('dashboardTeam')}</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="dashboard-number">
                {t(COLUMN_TITLE[column])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {participants.map((row) => (
            <tr key={row.key} data-testid="dashboard-participant">
              <th scope="row">{row.name || t('dashboardUnknown')}</th>
              <td>
                <TeamName team={row.team} />
              </td>
              {COLUMNS.map((column) => (
                <td key={column} className="dashboard-number" data-column={column}>
                  {row[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function TeamName({ team }: { team: Team | null }) {
  const { t } = useTranslation('drafting')
  if (!team) return <span className="dashboard-muted">{t('dashboardNoTeam')}</span>
  return (
    <span className={`dashboard-team dashboard-team-${team}`}>
      {t(team === Team.Bull ? 'authorTeamBull' : 'authorTeamBear')}
    </span>
  )
}

export function ArticlePassages({ articles }: { articles: readonly ArticleUse[] }) {
  const { t } = useTranslation('drafting')
  if (articles.length === 0) return <p className="dashboard-empty">{t('dashboardNoArticles')}</p>
  return (
    <div className="dashboard-articles">
      {articles.map((article) => (
        <article key={article.sourceId} className="dashboard-article" data-testid="dashboard-article">
          <h4>{article.title}</h4>
          <div className="dashboard-teams">
            {[Team.Bull, Team.Bear].map((team) => (
              <TeamPassages
                key={team}
                team={team}
                passages={article.passages.filter((passage) => passage.team === team)}
              />
            ))}
          </div>
        </article>
      ))}
    </div>
  )
}

function TeamPassages({ team, passages }: { team: Team; passages: readonly PassageUse[] }) {
  const { t } = useTranslation('drafting')
  return (
    <div
      className={`dashboard-passages dashboard-passages-${team}`}
      data-testid={`dashboard-passages-${team}`}
    >
      <h5>
        <TeamName team={team} />
      </h5>
      {passages.length === 0 ? (
        <p className="dashboard-muted">{t('dashboardNoPassages')}</p>
      ) : (
        <ul>
          {passages.map((passage) => (
            <li key={`${passage.start}:${passage.end}`}>
              <q>{truncateText(passage.quote, QUOTE_CHARS)}</q>{' '}
              <span className="dashboard-muted">
                {t('dashboardCitedBy', { count: passage.cardIds.length })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
