/**
 * Over the canvas while drafts are shown: the banner that says they are private, and the moderator's
 * switch between the board and each team's (or person's) drafts.
 */
import './drafting.css'
import { useId } from 'react'
import { Panel } from '@xyflow/react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { LockIcon } from './LockIcon.tsx'
import { DRAFTS_PREFIX, Team, teamDraftsName } from '../../shared/access.ts'
import { sha256Hex } from '../../shared/board/mutators.ts'
import { PHASE_RULES } from '../../shared/debate/formats.ts'
import type { RosterEntry } from '../../shared/debate/roster.ts'
import { currentPhase } from '../../shared/debate/session.ts'
import type { Drafting } from './useDrafting.ts'
import { useRosterOf } from './useRosterNames.ts'
import type { BoardProvider } from '../../shared/sync/BoardProvider.ts'

export function DraftsPanel({ drafting, provider }: { drafting: Drafting; provider: BoardProvider }) {
  if (drafting.moderator) {
    // Outside private phases the drafts are empty (revealed): the switch would only hide the lanes.
    const useful = PHASE_RULES[currentPhase(drafting.session).kind].drafts || drafting.viewed !== null
    if (drafting.draftsNames.length === 0 || !useful) return null
    return (
      <Panel position="top-center" className="drafts-panel">
        <ModeratorDraftsSwitch drafting={drafting} provider={provider} />
      </Panel>
    )
  }
  if (!drafting.drafts) return null
  return (
    <Panel position="top-center" className="drafts-panel">
      <DraftsBanner teamDrafts={isTeamDrafts(drafting.drafts.name)} />
    </Panel>
  )
}

function DraftsBanner({ teamDrafts }: { teamDrafts: boolean }) {
  const { t } = useTranslation('drafting')
  return (
    <p className="drafts-banner" role="status" data-testid="drafts-banner">
      <LockIcon /> {t(teamDrafts ? 'draftBannerTeam' : 'draftBannerPerson')}
    </p>
  )
}

function ModeratorDraftsSwitch({ drafting, provider }: { drafting: Drafting; provider: BoardProvider }) {
  const { t } = useTranslation('drafting')
  const roster = useRosterOf(provider)
  const id = useId()
  const nameOf = (drafts: string) => draftsTitle(t, drafts, roster)
  return (
    <div className="drafts-switch" data-testid="drafts-switch">
      <label htmlFor={id}>{t('draftsSwitch')}</label>
      <select
        id={id}
        value={drafting.viewed ?? ''}
        onChange={(event) => drafting.view(event.target.value || null)}
        data-testid="drafts-switch-select"
      >
        <option value="">{t('viewBoard')}</option>
        {drafting.draftsNames.map((name) => (
          <option key={name} value={name}>
            {nameOf(name)}
          </option>
        ))}
      </select>
      {drafting.viewed && (
        <p className="drafts-banner" role="status" data-testid="drafts-banner">
          <LockIcon /> {t('draftBannerModerator', { whose: nameOf(drafting.viewed) })}
        </p>
      )}
    </div>
  )
}

function isTeamDrafts(name: string): boolean {
  return name === teamDraftsName(Team.Bull) || name === teamDraftsName(Team.Bear)
}

/** "Bull team's drafts", or a person's drafts by their name in the roster. */
function draftsTitle(
  t: TFunction,
  name: string,
  roster: ReadonlyMap<string, RosterEntry> | undefined,
): string {
  if (name === teamDraftsName(Team.Bull)) return t('viewDraftsBull')
  if (name === teamDraftsName(Team.Bear)) return t('viewDraftsBear')
  const owner = [...(roster ?? new Map<string, RosterEntry>())].find(
    ([participantId]) => personalDraftsName(participantId) === name,
  )
  return t('viewDraftsPerson', { name: owner?.[1].name || name.slice(DRAFTS_PREFIX.length) })
}

/**
 * The name the server gives a person's drafts (server/debate/seats.ts personalDraftsName): worked out
 * again here, as the server sends the moderator only the names, to say whose drafts they are.
 */
export function personalDraftsName(participantId: string): string {
  return `${DRAFTS_PREFIX}p-${sha256Hex(`drafts:${participantId}`).slice(0, 24)}`
}
