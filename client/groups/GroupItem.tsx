/** One group in the moderator's list: its name, phase, lock and activity, and its moderator link. */
import { useTranslation } from 'react-i18next'
import { phaseName } from '../debate/phaseNames.ts'
import type { GroupStatus } from '../http/groupsApi.ts'
import { CopyableLink } from '../ui/CopyableLink.tsx'
import { relativeTime } from './relativeTime.ts'

interface GroupItemProps {
  group: GroupStatus
  /** When the list was read: the last card's time is told relative to it. */
  readAt: number
  /** The group's moderator link, once derived (none without the original's moderator token). */
  link: string | undefined
}

export function GroupItem({ group, readAt, link }: GroupItemProps) {
  const { t, i18n } = useTranslation('groups')
  const { t: tDebate } = useTranslation('debate')
  const name = t('groupName', { number: group.number })
  return (
    <li className="group-item" data-testid="group-item" data-group-id={group.id}>
      <div className="group-item-head">
        <strong className="group-item-name" data-testid="group-name">
          {name}
        </strong>
        <span className="group-item-phase" data-testid="group-phase">
          {phaseName(tDebate, group.phase)}
        </span>
        {group.locked && (
          <span className="group-item-locked" data-testid="group-locked">
            <span aria-hidden="true">🔒</span> {t('locked')}
          </span>
        )}
      </div>
      <p className="group-item-stats" data-testid="group-stats">
        <span>{t('cards', { count: group.cards })}</span>
        <span>{t('online', { count: group.online })}</span>
        <span data-testid="group-activity">
          {group.lastCardAt === null
            ? t('noActivity')
            : t('lastActivity', { when: relativeTime(i18n.language, group.lastCardAt, readAt) })}
        </span>
      </p>
      {link && (
        <div className="group-item-link">
          <a
            className="button button-primary"
            href={link}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="group-open"
          >
            {t('openAsModerator')}
          </a>
          <CopyableLink
            link={link}
            label={t('moderatorLink', { number: group.number })}
            testId="group-link"
            copyTestId="group-copy-link"
          />
        </div>
      )}
    </li>
  )
}
