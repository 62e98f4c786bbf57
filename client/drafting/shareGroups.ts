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
