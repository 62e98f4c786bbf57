/** UI strings of private drafting, team-aware cards and the teacher dashboard; the i18next namespace `drafting`. */

const en = {} as const

/** A key of the `drafting` namespace. */
export type DraftingStringKey = keyof typeof en

const zhHans: Record<DraftingStringKey, string> = {}

const zhHant: Record<DraftingStringKey, string> = {}

export const draftingStrings = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const
