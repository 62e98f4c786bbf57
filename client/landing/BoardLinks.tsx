import { useTranslation } from 'react-i18next'
import { Role, type CreatedBoard } from '../http/boardsApi.ts'
import { CopyableLink } from '../ui/CopyableLink.tsx'
import { navigate, toBoardPath } from '../ui/route.ts'

/** The three links of a board, each with a copy button. */
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

/** What the creator sees once the board exists. */
export function BoardLinks({ board, onReset }: { board: CreatedBoard; onReset(): void }) {
  const { t } = useTranslation()
  return (
    <div data-testid="board-links">
      <h2>{t('landing.linksTitle')}</h2>
      <p className="muted">{t('landing.linksIntro')}</p>
      <LinkList links={board.links} />
      <div className="landing-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => navigate(toBoardPath(board.links.moderate))}
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
