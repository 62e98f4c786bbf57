/** UI strings of following: follow a person, bring everyone here, spotlight, the projector view; the i18next namespace `follow`. */

const en = {} as const

/** A key of the `follow` namespace. */
export type FollowStringKey = keyof typeof en

const zhHans: Record<FollowStringKey, string> = {}

const zhHant: Record<FollowStringKey, string> = {}

export const followStrings = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const
