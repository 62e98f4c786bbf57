import { useTranslation } from 'react-i18next'
import type { Source } from '../../shared/board/schema.ts'
import { Avatar } from './Avatars.tsx'
import type { Peer } from './peers.ts'
import './presence.css'

/** Which article each participant has open, as small avatars beside each article's title. */
export function ReadingBar({ sources, peers }: { sources: Source[]; peers: Peer[] }) {
  const { t } = useTranslation()
  const readers = sources
    .map((source) => ({ source, peers: peers.filter((peer) => peer.reading === source.id) }))
    .filter((entry) => entry.peers.length > 0)
  if (readers.length === 0) return null
  return (
    <div className="reading-bar" data-testid="reading-bar">
      <span className="reading-bar-label">{t('board.readingNow')}</span>
      {readers.map(({ source, peers: sourceReaders }) => (
        <span key={source.id} className="reading-entry" data-testid={`reading-${source.id}`}>
          <span className="reading-title">{source.title}</span>
          {sourceReaders.map((peer) => (
            <Avatar key={peer.clientId} peer={peer} small />
          ))}
        </span>
      ))}
    </div>
  )
}
