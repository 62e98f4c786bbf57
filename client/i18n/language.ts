/** The UI languages, and which one to start in. */

export const Language = {
  English: 'en',
  SimplifiedChinese: 'zh-Hans',
  TraditionalChinese: 'zh-Hant',
} as const
export type Language = (typeof Language)[keyof typeof Language]

/** Each language named in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
}

export const LANGUAGE_STORAGE_KEY = 'debate-board.language'

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.values<string>(Language).includes(value)
}

/** Maps a BCP 47 tag to a UI language; Taiwan, Hong Kong and Macau Chinese read Traditional. */
export function matchLanguage(tag: string): Language | undefined {
  const lower = tag.toLowerCase()
  if (!lower.startsWith('zh')) return lower.startsWith('en') ? Language.English : undefined
  return /hant|-tw|-hk|-mo/.test(lower) ? Language.TraditionalChinese : Language.SimplifiedChinese
}

/** The remembered choice if any, else the first browser language we support, else English. */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored
  for (const tag of browserLanguages) {
    const match = matchLanguage(tag)
    if (match) return match
  }
  return Language.English
}
