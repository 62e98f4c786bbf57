/** What a board link lets its holder do. */
export const Role = { Moderate: 'moderate', Edit: 'edit', View: 'view' } as const
export type Role = (typeof Role)[keyof typeof Role]

/** Whether a role may change the board's cards, links and sources. */
export function canEdit(role: Role): boolean {
  return role !== Role.View
}

/** Whether a role may change moderator-only fields (title, motion; later phases and timers). */
export function canModerate(role: Role): boolean {
  return role === Role.Moderate
}
