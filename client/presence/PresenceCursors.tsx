import { ViewportPortal } from '@xyflow/react'
import type { Awareness } from 'y-protocols/awareness'
import { usePeerCursors } from './usePresence.ts'
import './presence.css'

/** Other participants' pointers, in flow coordinates so they follow pan and zoom; moves glide by CSS transition. */
export function PresenceCursors({ awareness }: { awareness: Awareness }) {
  const cursors = usePeerCursors(awareness)
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
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
            <path
              d="M1 1 L1 15 L5 11 L8 17 L10.5 16 L7.5 10 L13 10 Z"
              fill="currentColor"
              stroke="#fff"
              strokeWidth="1.2"
            />
          </svg>
          <span className="peer-cursor-name" style={{ background: cursor.color }}>
            {cursor.name}
          </span>
        </div>
      ))}
    </ViewportPortal>
  )
}
