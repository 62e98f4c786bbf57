/**
 * The coverage strip beside the article (SPEC SR6): the whole text top to bottom, each run coloured
 * bull, bear, both or unused by the cards that cite it; a click goes to that passage.
 */
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CoverageRun } from '../../shared/sources/coverage.ts'

export interface CoverageStripProps {
  runs: CoverageRun[]
  length: number
  onGoTo(range: { start: number; end: number }): void
}

export const CoverageStrip = memo(function CoverageStrip({ runs, length, onGoTo }: CoverageStripProps) {
  const { t } = useTranslation('sources')
  if (length === 0) return null
  return (
    <div className="coverage-strip" role="group" aria-label={t('coverageLabel')} data-testid="coverage-strip">
      {runs.map((run) => (
        <button
          key={run.start}
          type="button"
          // One tab stop is enough for the keyboard: "Next unused passage" walks the text.
          tabIndex={-1}
          className={`coverage-run coverage-run--${run.kind}`}
          style={{ flexGrow: run.end - run.start }}
          aria-label={t('coverageRun', {
            kind: t(`coverage_${run.kind}`),
            percent: Math.floor((run.start / length) * 100),
          })}
          title={t(`coverage_${run.kind}`)}
          data-testid="coverage-run"
          data-kind={run.kind}
          data-start={run.start}
          onClick={() => onGoTo(run)}
        />
      ))}
    </div>
  )
})
