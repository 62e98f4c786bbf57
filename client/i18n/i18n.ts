/** i18next set-up: the app's strings in the default namespace, each feature's own (reader, sources, debate, follow, drafting, groups, decision, replay, exports, voting, canvas) in a namespace of its name. */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { readerStrings } from '../reader/strings.ts'
import { sourcesStrings } from '../sources/strings.ts'
import { debateStrings } from '../debate/strings.ts'
import { draftingStrings } from '../drafting/strings.ts'
import { followStrings } from '../follow/strings.ts'
import { groupsStrings } from '../groups/strings.ts'
import { decisionStrings } from '../decision/strings.ts'
import { replayStrings } from '../replay/strings.ts'
import { exportsStrings } from '../exports/strings.ts'
import { votingStrings } from '../voting/strings.ts'
import { canvasStrings } from '../canvas/strings.ts'
import { en } from './en.ts'
import { zhHans } from './zhHans.ts'
import { zhHant } from './zhHant.ts'
import { detectLanguage, LANGUAGE_STORAGE_KEY, type Language } from './language.ts'
import { readStored, writeStored } from '../ui/storage.ts'
import { applyStanceColors } from '../ui/stanceColors.ts'

/** Initialises i18next once, in the remembered or browser language. */
export function initI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next
  const lng = detectLanguage(readStored(LANGUAGE_STORAGE_KEY), navigator.languages ?? [navigator.language])
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-Hans', 'zh-Hant'],
    ns: [
      'translation',
      'reader',
      'sources',
      'debate',
      'follow',
      'drafting',
      'groups',
      'decision',
      'replay',
      'exports',
      'voting',
      'canvas',
    ],
    defaultNS: 'translation',
    resources: {
      en: {
        translation: en,
        reader: readerStrings.en,
        sources: sourcesStrings.en,
        debate: debateStrings.en,
        follow: followStrings.en,
        drafting: draftingStrings.en,
        groups: groupsStrings.en,
        decision: decisionStrings.en,
        replay: replayStrings.en,
        exports: exportsStrings.en,
        voting: votingStrings.en,
        canvas: canvasStrings.en,
      },
      'zh-Hans': {
        translation: zhHans,
        reader: readerStrings['zh-Hans'],
        sources: sourcesStrings['zh-Hans'],
        debate: debateStrings['zh-Hans'],
        follow: followStrings['zh-Hans'],
        drafting: draftingStrings['zh-Hans'],
        groups: groupsStrings['zh-Hans'],
        decision: decisionStrings['zh-Hans'],
        replay: replayStrings['zh-Hans'],
        exports: exportsStrings['zh-Hans'],
        voting: votingStrings['zh-Hans'],
        canvas: canvasStrings['zh-Hans'],
      },
      'zh-Hant': {
        translation: zhHant,
        reader: readerStrings['zh-Hant'],
        sources: sourcesStrings['zh-Hant'],
        debate: debateStrings['zh-Hant'],
        follow: followStrings['zh-Hant'],
        drafting: draftingStrings['zh-Hant'],
        groups: groupsStrings['zh-Hant'],
        decision: decisionStrings['zh-Hant'],
        replay: replayStrings['zh-Hant'],
        exports: exportsStrings['zh-Hant'],
        voting: votingStrings['zh-Hant'],
        canvas: canvasStrings['zh-Hant'],
      },
    },
    interpolation: { escapeValue: false },
    initAsync: false,
  })
  document.documentElement.lang = lng
  applyStanceColors(lng)
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language
    // Until the person chooses a colour convention, it follows the language.
    applyStanceColors(language)
  })
  return i18next
}

/** Switches the UI language and remembers the choice. */
export function changeLanguage(language: Language): void {
  writeStored(LANGUAGE_STORAGE_KEY, language)
  void i18next.changeLanguage(language)
}
