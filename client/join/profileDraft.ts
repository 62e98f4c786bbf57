/** The rules of the profile form, shared by joining and by editing: the colour shown and what is saved. */
import { colorFromName, type Profile } from './identity.ts'

/** What the form holds while the person types. */
export interface ProfileDraft {
  name: string
  /** The colour clicked in the picker, if any. */
  pickedColor: string | undefined
}

/** The picked colour, else the remembered one while the name is unchanged, else one derived from the name. */
export function colorOfDraft(draft: ProfileDraft, initial: Profile | undefined): string {
  if (draft.pickedColor) return draft.pickedColor
  return initial && draft.name === initial.name ? initial.color : colorFromName(draft.name)
}

/** The profile a draft saves, or undefined when the name is blank. */
export function profileFromDraft(draft: ProfileDraft, initial: Profile | undefined): Profile | undefined {
  const name = draft.name.trim()
  if (!name) return undefined
  return { name, color: colorOfDraft(draft, initial) }
}
