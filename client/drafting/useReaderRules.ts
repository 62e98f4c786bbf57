/** What the reader offers now: the stances a selection can become, and whether articles can be added. */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Stance } from '../../shared/board/schema.ts'
import { fixedStance } from './cardFields.ts'
import { refusalText } from './refusalText.ts'
import type { Drafting } from './useDrafting.ts'

export interface ReaderRules {
  /** Why each refused stance's button is disabled, in the UI's language. */
  stanceRefusals: Partial<Record<Stance, string>>
  /** Stances not offered at all: the rules fix this participant's side. */
  hiddenStances: readonly Stance[]
  /** Why "Add article" is disabled, if it is. */
  addSourceRefusal: string | undefined
}

export function useReaderRules({ rules, session, seat }: Drafting): ReaderRules {
  const { t } = useTranslation('drafting')
  return useMemo(() => {
    const stanceRefusals: Partial<Record<Stance, string>> = {}
    for (const stance of Object.values(Stance)) {
      const refusal = rules.create(stance)
      if (refusal) stanceRefusals[stance] = refusalText(t, refusal)
    }
    const fixed = seat && fixedStance(session, seat)
    const hiddenStances = fixed ? Object.values(Stance).filter((stance) => stance !== fixed) : []
    const addSource = rules.addSource()
    return {
      stanceRefusals,
      hiddenStances,
      addSourceRefusal: addSource ? refusalText(t, addSource) : undefined,
    }
  }, [rules, session, seat, t])
}
