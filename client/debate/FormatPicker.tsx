/** The landing page's choice of format, one tile each with what it is for and its phases. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { FORMAT_ORDER, FORMATS, type Format } from '../../shared/debate/formats.ts'
import { FORMAT_TEXT, phaseName } from './phaseNames.ts'
import './landingChoices.css'

interface FormatPickerProps {
  value: Format
  onChange(format: Format): void
}

export function FormatPicker({ value, onChange }: FormatPickerProps) {
  const { t } = useTranslation('debate')
  const name = useId()
  return (
    <fieldset className="choice-tiles format-picker" data-testid="format-picker">
      <legend>{t('formatLegend')}</legend>
      {FORMAT_ORDER.map((format) => {
        const { phases } = FORMATS[format]
        const planId = `${name}-${format}-plan`
        return (
          <label key={format} className="choice-tile" data-checked={format === value}>
            <input
              type="radio"
              name={name}
              value={format}
              checked={format === value}
              onChange={() => onChange(format)}
              aria-describedby={planId}
              data-testid={`format-${format}`}
            />
            <span className="choice-tile-body">
              <span className="choice-tile-name">{t(FORMAT_TEXT[format].name)}</span>
              <span id={planId} className="choice-tile-detail">
                {t(FORMAT_TEXT[format].purpose)}
                {/* A free board's one open phase is no plan worth listing. */}
                {phases.length > 1 && (
                  <span className="choice-tile-plan">
                    {t('phasePlan', { phases: phases.map((phase) => phaseName(t, phase)).join(' → ') })}
                  </span>
                )}
              </span>
            </span>
          </label>
        )
      })}
    </fieldset>
  )
}
