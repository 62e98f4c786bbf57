import { useTranslation } from 'react-i18next'
import { useCardFocus } from './cardFocus.ts'

/** While a link is being made from the keyboard: how to choose its other card, and how to stop. */
export function LinkModeBanner() {
  const { t } = useTranslation()
  const linking = useCardFocus((state) => state.linkFrom !== undefined)
  return (
    <div className="link-mode-banner" role="status" data-testid="link-mode-banner" hidden={!linking}>
      {linking && t('canvas.linkModeHint')}
    </div>
  )
}
