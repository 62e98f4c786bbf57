/** Whether the screen is phone-sized: the panes take turns and the header folds into a menu. */
import { useMediaQuery } from './useMediaQuery.ts'

/** The one breakpoint between the phone layout and the side-by-side one. */
export const NARROW_SCREEN = '(max-width: 760px)'

export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW_SCREEN)
}
