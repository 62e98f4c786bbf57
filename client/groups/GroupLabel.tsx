/** "Group 3" after the title of a board that is a small-group copy, so that nobody mistakes it for the original. */
import { useTranslation } from 'react-i18next'
import type { GroupOf } from '../../shared/debate/session.ts'
import './groups.css'

export function GroupLabel({ group }: { group: GroupOf | null }) {
  const { t } = useTranslation('groups')
  if (!group) return null
  return (
    <span className="group-label" data-testid="group-label" data-group-number={group.number}>
      {t('groupName', { number: group.number })}
    </span>
  )
}
