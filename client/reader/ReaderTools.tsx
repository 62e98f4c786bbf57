/**
 * The tools above an article: search in it (SPEC SR7), the next passage no card cites, and for the
 * moderator each team's share of the article (SPEC SR6).
 */
import { useTranslation } from 'react-i18next'
import type { CitedRange } from '../../shared/sources/coverage.ts'
import { teamCoverage } from '../../shared/sources/coverage.ts'
import { ArticleSearch } from './ArticleSearch.tsx'

export interface ReaderToolsProps {
  text: string
  ranges: CitedRange[]
  /** The moderator sees each team's coverage. */
  showTeams: boolean
  onNextUnused(): void
  /** There is no unused passage left: the button says so. */
  allUsed: boolean
  onReveal(range: { start: number; end: number }): void
  onMatches(matches: { start: number; end: number }[], current: number): void
}

export function ReaderTools(props: ReaderToolsProps) {
  const { t } = useTranslation('sources')
  const percent = (share: number) => Math.round(share * 100)
  const teams = props.showTeams ? teamCoverage(props.text.length, props.ranges) : undefined
  return (
    <div className="reader-tools">
      <ArticleSearch text={props.text} onReveal={props.onReveal} onMatches={props.onMatches} />
      <button
        type="button"
        className="button reader-next-unused"
        onClick={props.onNextUnused}
        disabled={props.allUsed}
        title={props.allUsed ? t('noUnused') : undefined}
        data-testid="next-unused"
      >
        {t('nextUnused')}
      </button>
      {teams && (
        <small className="reader-team-coverage" data-testid="team-coverage">
          {t('teamCoverage', {
            bull: percent(teams.teams.get('bull') ?? 0),
            bear: percent(teams.teams.get('bear') ?? 0),
            none: percent(teams.teams.get('') ?? 0),
            unused: percent(teams.unused),
          })}
        </small>
      )}
    </div>
  )
}
