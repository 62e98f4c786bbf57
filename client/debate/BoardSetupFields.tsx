/** The landing page's format, anonymity (classroom only) and articles fields. */
import { useTranslation } from 'react-i18next'
import { Format } from '../../shared/debate/formats.ts'
import { ArticlesChoiceField } from './ArticlesChoice.tsx'
import type { BoardSetup } from './boardSetup.ts'
import { FormatPicker } from './FormatPicker.tsx'

interface BoardSetupFieldsProps {
  value: BoardSetup
  onChange(setup: BoardSetup): void
}

export function BoardSetupFields({ value, onChange }: BoardSetupFieldsProps) {
  const { t } = useTranslation('debate')
  return (
    <>
      <FormatPicker value={value.format} onChange={(format) => onChange({ ...value, format })} />
      {value.format === Format.Classroom && (
        <label className="choice-check">
          <input
            type="checkbox"
            checked={value.anonymous}
            onChange={(event) => onChange({ ...value, anonymous: event.target.checked })}
            data-testid="anonymous-to-peers"
          />
          <span>
            {t('anonymousLabel')}
            <small>{t('anonymousHint')}</small>
          </span>
        </label>
      )}
      <ArticlesChoiceField value={value.articles} onChange={(articles) => onChange({ ...value, articles })} />
    </>
  )
}
