/** UI strings of running the debate: formats, the phase banner and timer, the moderator's facilitation panel; the i18next namespace `debate`. */

const en = {} as const

/** A key of the `debate` namespace. */
export type DebateStringKey = keyof typeof en

const zhHans: Record<DebateStringKey, string> = {}

const zhHant: Record<DebateStringKey, string> = {}

export const debateStrings = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const
