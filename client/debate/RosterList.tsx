/** The participants from the roster document, each put on a team (or none) by the moderator. */
import { useTranslation } from 'react-i18next'
import { Role, SessionDocName, Team } from '../../shared/access.ts'
import type { RosterEntry } from '../../shared/debate/roster.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'
import { useGrantedDocument } from './useDebate.ts'
import type { Facilitate } from './useFacilitate.ts'
import { useRoster } from './useRoster.ts'

/** Links that argue: observers, the projector and moderators are on no team. */
const ARGUING_ROLES: ReadonlySet<Role> = new Set([Role.Edit, Role.Bull, Role.Bear])

interface RosterListProps {
  provider: BoardProvider
  facilitate: Facilitate
}

export function RosterList({ provider, facilitate }: RosterListProps) {
  const { t } = useTranslation('debate')
  const roster = useRoster(useGrantedDocument(provider, SessionDocName.Roster))
  if (!roster) return <p className="muted">{t('participantsLoading')}</p>
  const participants = sortedParticipants(roster)
  if (participants.length === 0) return <p className="muted">{t('noParticipants')}</p>
  return (
    <ul className="facilitation-roster" data-testid="roster">
      {participants.map(([participantId, entry]) => {
        const name = entry.name || t('unnamed')
        return (
          <li key={participantId} data-testid="roster-entry" data-participant={participantId}>
            <span className="facilitation-roster-name">{name}</span>
            <select
              value={entry.team ?? ''}
              aria-label={t('teamOf', { name })}
              onChange={(event) =>
                void facilitate({
                  type: 'assign-team',
                  participantId,
                  team: event.target.value === '' ? null : (event.target.value as Team),
                })
              }
              data-testid="roster-team"
            >
              <option value="">{t('teamNone')}</option>
              <option value={Team.Bull}>{t('teamBull')}</option>
              <option value={Team.Bear}>{t('teamBear')}</option>
            </select>
          </li>
        )
      })}
    </ul>
  )
}

function sortedParticipants(roster: ReadonlyMap<string, RosterEntry>): [string, RosterEntry][] {
  return [...roster]
    .filter(([, entry]) => ARGUING_ROLES.has(entry.role))
    .sort(([, a], [, b]) => a.name.localeCompare(b.name))
}
