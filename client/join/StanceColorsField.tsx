/** The choice of colour convention: bull green / bear red, or bull red / bear green. */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { StanceColors } from '../ui/stanceColors.ts'

const OPTIONS = [
  { value: StanceColors.BullGreen, label: 'profile.colorsWestern', bull: 'green', bear: 'red' },
  { value: StanceColors.BullRed, label: 'profile.colorsEastAsian', bull: 'red', bear: 'green' },
] as const

interface StanceColorsFieldProps {
  value: StanceColors
  onChange(value: StanceColors): void
}

export function StanceColorsField({ value, onChange }: StanceColorsFieldProps) {
  const { t } = useTranslation()
  const group = useId()
  return (
    <fieldset className="join-fieldset" data-testid="stance-colors">
      <legend>{t('profile.colorsLabel')}</legend>
      <div className="stance-colors-options">
        {OPTIONS.map((option) => (
          <label key={option.value} className="team-option stance-colors-option">
            <input
              type="radio"
              name={group}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              data-testid={`stance-colors-${option.value}`}
            />
            {/* The sample shows each side's mark in the colour it would get. */}
            <span className="stance-colors-sample" aria-hidden="true">
              <span className={`stance-sample stance-sample-${option.bull}`}>▲</span>
              <span className={`stance-sample stance-sample-${option.bear}`}>▼</span>
            </span>
            <span>{t(option.label)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
