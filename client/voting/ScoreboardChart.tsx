/** Bull against bear as a grouped bar chart (recharts, SVG): the score total, excerpts cited, unanswered arguments. */
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { Scoreboard } from '../../shared/debate/scoreboard.ts'

const FALLBACK_COLOR = { bull: '#15803d', bear: '#b91c1c' } as const

/**
 * The page's colour for a side (base.css, which follows the colour convention): an SVG fill
 * attribute cannot take a CSS variable, so it is read here, at each render (a language change re-renders).
 */
function stanceColor(stance: 'bull' | 'bear'): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(`--${stance}`).trim()
  return value || FALLBACK_COLOR[stance]
}

export function ScoreboardChart({ board }: { board: Scoreboard }) {
  const { t } = useTranslation('voting')
  // Short axis names, so that three fit under the bars on a phone; the legend and lists say the rest.
  const rows = [
    {
      metric: t(board.basis === 'dots' ? 'axisDots' : 'axisImpact'),
      bull: board.bull.total,
      bear: board.bear.total,
    },
    { metric: t('axisExcerpts'), bull: board.bull.excerpts, bear: board.bear.excerpts },
    { metric: t('axisUnanswered'), bull: board.bull.unanswered.length, bear: board.bear.unanswered.length },
  ]
  return (
    <figure
      className="scoreboard-chart"
      data-testid="scoreboard-chart"
      data-bull-total={board.bull.total}
      data-bear-total={board.bear.total}
    >
      <figcaption className="scoreboard-caption">
        {t('scoreboardChart')} · {t(board.basis === 'dots' ? 'basisDots' : 'basisImpact')}
      </figcaption>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} margin={{ top: 20, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="metric" interval={0} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} />
          <Legend itemSorter={null} />
          {/* No animation: the projector and the tests read the final bars and labels at once. */}
          <Bar dataKey="bull" name={t('bull')} fill={stanceColor('bull')} isAnimationActive={false}>
            <LabelList dataKey="bull" position="top" className="score-label-bull" />
          </Bar>
          <Bar dataKey="bear" name={t('bear')} fill={stanceColor('bear')} isAnimationActive={false}>
            <LabelList dataKey="bear" position="top" className="score-label-bear" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  )
}
