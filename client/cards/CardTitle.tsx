/**
 * A card seen from far away (semantic zoom): its stance's colour, icon and word, and the start of its
 * text, without the live editor, the quote or the link handles that make a full card costly to draw.
 */
import { Handle, Position } from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { CARD_WIDTH } from '../../shared/board/lanes.ts'
import type { Card } from '../../shared/board/schema.ts'
import { STANCE_ICON } from './cardLook.ts'

const TITLE_LENGTH = 60

/** The first words of a card's text, cut at a word near TITLE_LENGTH characters. */
export function cardTitleText(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= TITLE_LENGTH) return flat
  const cut = flat.slice(0, TITLE_LENGTH)
  const space = cut.lastIndexOf(' ')
  return `${space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`
}

export function CardTitle({ card }: { card: Card }) {
  const { t } = useTranslation()
  const stance = t(`stance.${card.stance}`)
  return (
    <article
      className={`card card-title card-${card.stance}`}
      style={{ width: card.width ?? CARD_WIDTH }}
      data-testid="card-title"
      data-card-id={card.id}
      data-stance={card.stance}
      aria-label={stance}
    >
      {/* Links still need both ends, hidden: a link drawn to a far-away card ends at its side. */}
      <Handle id="left" type="source" position={Position.Left} isConnectable={false} />
      <span className="card-title-stance">
        <span aria-hidden="true">{STANCE_ICON[card.stance]}</span> {stance}
      </span>
      <span className="card-title-text">{cardTitleText(card.text) || '…'}</span>
      <Handle id="right" type="source" position={Position.Right} isConnectable={false} />
    </article>
  )
}
