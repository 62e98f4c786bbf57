/**
 * The order of the links in the moderator's share dialog, by format: what the room needs first. A
 * classroom or committee debate runs on its team links, the audience's and the projector's; a
 * workshop or a free board on the participant link.
 */
import { Role } from '../../shared/access.ts'
import { Format } from '../../shared/debate/formats.ts'
import type { DraftingStringKey } from './strings.ts'

/** A group of links under one heading. */
export interface ShareGroup {
  title: DraftingStringKey
  roles: readonly Role[]
}

const TEAM_FIRST: readonly ShareGroup[] = [
  { title: 'shareGroupRoom', roles: [Role.Bull, Role.Bear, Role.View, Role.Projector] },
  { title: 'shareGroupMore', roles: [Role.Edit, Role.Moderate] },
]

const PARTICIPANT_FIRST: readonly ShareGroup[] = [
  { title: 'shareGroupRoom', roles: [Role.Edit, Role.View, Role.Projector] },
  { title: 'shareGroupMore', roles: [Role.Bull, Role.Bear, Role.Moderate] },
]

/** The groups of links a moderator of a `format` board shares, in order; every role exactly once. */
export function shareGroups(format: Format): readonly ShareGroup[] {
  return format === Format.Classroom || format === Format.Committee ? TEAM_FIRST : PARTICIPANT_FIRST
}

/** The link whose QR code shows first: the first shared one this tab knows, never the moderator's. */
export function firstSharedRole(format: Format, known: Partial<Record<Role, string>>): Role | undefined {
  return shareGroups(format)
    .flatMap((group) => group.roles)
    .find((role) => role !== Role.Moderate && known[role] !== undefined)
}

/** The roles a committee names its own way: the chair, its members and the two sides' presenters. */
const COMMITTEE_ROLES: ReadonlySet<Role> = new Set([Role.Moderate, Role.Edit, Role.Bull, Role.Bear])

/** The i18n key naming a link of `role` in a `format` board (a committee has a chair, not a moderator). */
export function roleLabelKey(format: Format, role: Role): `role.${Role}` | `roleCommittee.${Role}` {
  return format === Format.Committee && COMMITTEE_ROLES.has(role) ? `roleCommittee.${role}` : `role.${role}`
}

/** The i18n key saying what a link of `role` lets its holder do in a `format` board. */
export function roleHelpKey(format: Format, role: Role): `roleHelp.${Role}` | `roleHelpCommittee.${Role}` {
  return format === Format.Committee && COMMITTEE_ROLES.has(role)
    ? `roleHelpCommittee.${role}`
    : `roleHelp.${role}`
}
