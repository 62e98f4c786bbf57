import { useTranslation } from 'react-i18next'
import { Role, type CreatedBoard } from '../http/boardsApi.ts'
import { CopyableLink } from '../ui/CopyableLink.tsx'
import { navigate, toBoardPath } from '../ui/route.ts'
import { requestAddArticle } from '../debate/addArticleRequest.ts'

/** Every link of a board (moderator, participant, teams, observer, projector), each with a copy button. */
export function LinkList({ links }: { links: CreatedBoard['links'] }) {
  const { t } = useTranslation()
  return (
    <ul className="link-list">
      {Object.values(Role).map((role) => {
        const link = links[role]
        return link === undefined ? null : (
          <li key={role}>
            <label className="field">
              <span>{t(`role.${role}`)}</span>
              <CopyableLink link={link} testId={`link-${role}`} copyTestId={`copy-${role}`} />
            </label>
          </li>
        )
      })}
    </ul>
  )
}

interface BoardLinksProps {
  board: CreatedBoard
  /** The creator brings their own articles: the board opens at the Add article dialog. */
  addArticles: boolean
  onReset(): void
}

/** What the creator sees once the board exists: every link, and the way in as moderator. */
export function BoardLinks({ board, addArticles, onReset }: BoardLinksProps) {
  const { t } = useTranslation()
  const { t: tDebate } = useTranslation('debate')
  const openAsModerator = () => {
    if (addArticles) requestAddArticle(board.id)
    navigate(toBoardPath(board.links.moderate))
  }
  return (
    <div data-testid="board-links">
      <h2>{t('landing.linksTitle')}</h2>
      <p className="muted">{t('landing.linksIntro')}</p>
      <LinkList links={board.links} />
      {addArticles && (
        <p className="muted" data-testid="own-articles-note">
          {tDebate('ownArticlesNote')}
        </p>
      )}
      <div className="landing-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={openAsModerator}
          data-testid="open-moderator"
        >
          {t('landing.openAsModerator')}
        </button>
        <button type="button" className="button" onClick={onReset}>
          {t('landing.createAnother')}
        </button>
      </div>
    </div>
  )
}
