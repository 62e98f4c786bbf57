import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import type { Awareness } from 'y-protocols/awareness'
import { counterScaleOf } from './cursorScale.ts'
import { displayName } from './peers.ts'
import { usePeerCursors } from './usePresence.ts'
import './presence.css'

// Only the zoom: selecting the whole viewport would re-render every cursor on each pan.
const zoomOf = (state: ReactFlowState) => state.transform[2]

/**
 * Other participants' pointers, in flow coordinates so they follow pan and zoom, at a constant
 * screen size. Moves glide by a CSS transition on the outer element only, so that a zoom rescales
 * the arrow and label at once instead of letting them visibly grow and shrink back.
 */
export function PresenceCursors({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation()
  const cursors = usePeerCursors(awareness)
  const scale = counterScaleOf(useStore(zoomOf))
  return (
    <ViewportPortal>
      {cursors.map((cursor) => (
        <div
          key={cursor.clientId}
          className="peer-cursor"
          style={{ transform: `translate(${cursor.x}px, ${cursor.y}px)`, color: cursor.color }}
          data-testid="peer-cursor"
          data-client-id={cursor.clientId}
        >
          <div className="peer-cursor-body" style={{ transform: `scale(${scale})` }}>
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <path
                d="M1 1 L1 15 L5 11 L8 17 L10.5 16 L7.5 10 L13 10 Z"
                fill="currentColor"
                stroke="#fff"
                strokeWidth="1.2"
              />
            </svg>
            <span
              className="peer-cursor-name"
              style={{ background: cursor.color }}
              data-testid="peer-cursor-name"
            >
              {displayName(cursor, (team) => t(`team.${team}`))}
            </span>
          </div>
        </div>
      ))}
    </ViewportPortal>
  )
}
