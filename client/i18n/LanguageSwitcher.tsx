import { useTranslation } from 'react-i18next'
import { changeLanguage } from './i18n.ts'
import { LANGUAGE_NAMES, Language } from './language.ts'

/** A select listing each UI language in its own script. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation()
  return (
    <select
      className="language-switcher"
      aria-label={t('board.language')}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(event) => changeLanguage(event.target.value as Language)}
      data-testid="language-switcher"
    >
      {Object.values(Language).map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  )
}
