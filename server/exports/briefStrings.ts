/** The words of the debate brief (Markdown and PDF), in the reader's language (`?lang=` on the route). */
import type { Stance } from '../../shared/board/index.ts'
import type { Outcome } from '../../shared/debate/decision.ts'
import type { CardScore } from './rankCards.ts'

/** The languages the brief comes in. */
export const BriefLanguage = { En: 'en', ZhHans: 'zh-Hans', ZhHant: 'zh-Hant' } as const
export type BriefLanguage = (typeof BriefLanguage)[keyof typeof BriefLanguage]

export interface BriefStrings {
  motion: string
  decision: string
  side: Record<Stance, string>
  noCards: string
  untitledCard: string
  source: string
  openAtPassage: string
  /** The PDF pages a passage is on, after the article's title. */
  pages: (first: number, last: number) => string
  rebuttals: string
  supports: string
  outcome: Record<Outcome, string>
  rationale: string
  references: string
  falsifiers: string
  reviewBy: (date: string) => string
  noReviewDate: string
  votes: string
  dotVote: (voters: number) => string
  impactVote: (voters: number) => string
  convictionVote: (voters: number) => string
  dots: (dots: number) => string
  impact: (impact: number, votes: number) => string
  round: { pre: string; final: string }
  roundTally: (tally: { for: number; against: number; conviction: number; lean: number }) => string
  changedMinds: string
  members: (count: number) => string
}

export const BRIEF_STRINGS: Record<BriefLanguage, BriefStrings> = {
  en: {
    motion: 'Motion',
    decision: 'Decision',
    side: { bull: 'Bull side', bear: 'Bear side' },
    noCards: 'No cards on this side.',
    untitledCard: '(no text)',
    source: 'Source',
    openAtPassage: 'open at the passage',
    pages: (first, last) => (first === last ? `p. ${first}` : `pp. ${first}–${last}`),
    rebuttals: 'Rebuttals',
    supports: 'Supporting',
    outcome: {
      carried: 'Motion carried',
      defeated: 'Motion defeated',
      invest: 'Invest',
      pass: 'Pass',
      revisit: 'Revisit',
    },
    rationale: 'Rationale',
    references: 'References',
    falsifiers: 'What would change our mind',
    reviewBy: (date) => `review by ${date}`,
    noReviewDate: 'no review date',
    votes: 'Votes',
    dotVote: (voters) => `Dot vote (${voters} ${voters === 1 ? 'voter' : 'voters'})`,
    impactVote: (voters) => `Impact vote (${voters} ${voters === 1 ? 'voter' : 'voters'})`,
    convictionVote: (voters) => `Conviction (${voters} ${voters === 1 ? 'voter' : 'voters'})`,
    dots: (dots) => `${dots} ${dots === 1 ? 'dot' : 'dots'}`,
    impact: (impact, votes) => `impact ${impact} (${votes} ${votes === 1 ? 'vote' : 'votes'})`,
    round: { pre: 'Before', final: 'Final' },
    roundTally: (t) =>
      `${t.for} for, ${t.against} against, mean conviction ${t.conviction}, lean ${signed(t.lean)}`,
    changedMinds: 'Changed minds',
    members: (count) => `${count} ${count === 1 ? 'member' : 'members'}`,
  },
  'zh-Hans': {
    motion: '辩题',
    decision: '决定',
    side: { bull: '正方', bear: '反方' },
    noCards: '这一方还没有卡片。',
    untitledCard: '(无文字)',
    source: '来源',
    openAtPassage: '打开原文段落',
    pages: (first, last) => (first === last ? `第 ${first} 页` : `第 ${first}–${last} 页`),
    rebuttals: '反驳',
    supports: '支持',
    outcome: { carried: '动议通过', defeated: '动议否决', invest: '投资', pass: '放弃', revisit: '再议' },
    rationale: '理由',
    references: '引用',
    falsifiers: '什么会改变我们的看法',
    reviewBy: (date) => `复查日期 ${date}`,
    noReviewDate: '无复查日期',
    votes: '投票',
    dotVote: (voters) => `圆点投票(${voters} 人投票)`,
    impactVote: (voters) => `影响力投票(${voters} 人投票)`,
    convictionVote: (voters) => `信念投票(${voters} 人投票)`,
    dots: (dots) => `${dots} 个圆点`,
    impact: (impact, votes) => `影响力 ${impact}(${votes} 票)`,
    round: { pre: '讨论前', final: '最终' },
    roundTally: (t) => `赞成 ${t.for},反对 ${t.against},平均信念 ${t.conviction},倾向 ${signed(t.lean)}`,
    changedMinds: '改变了看法',
    members: (count) => `${count} 位成员`,
  },
  'zh-Hant': {
    motion: '辯題',
    decision: '決定',
    side: { bull: '正方', bear: '反方' },
    noCards: '這一方還沒有卡片。',
    untitledCard: '(無文字)',
    source: '來源',
    openAtPassage: '開啟原文段落',
    pages: (first, last) => (first === last ? `第 ${first} 頁` : `第 ${first}–${last} 頁`),
    rebuttals: '反駁',
    supports: '支持',
    outcome: { carried: '動議通過', defeated: '動議否決', invest: '投資', pass: '放棄', revisit: '再議' },
    rationale: '理由',
    references: '引用',
    falsifiers: '什麼會改變我們的看法',
    reviewBy: (date) => `複查日期 ${date}`,
    noReviewDate: '無複查日期',
    votes: '投票',
    dotVote: (voters) => `圓點投票(${voters} 人投票)`,
    impactVote: (voters) => `影響力投票(${voters} 人投票)`,
    convictionVote: (voters) => `信念投票(${voters} 人投票)`,
    dots: (dots) => `${dots} 個圓點`,
    impact: (impact, votes) => `影響力 ${impact}(${votes} 票)`,
    round: { pre: '討論前', final: '最終' },
    roundTally: (t) => `贊成 ${t.for},反對 ${t.against},平均信念 ${t.conviction},傾向 ${signed(t.lean)}`,
    changedMinds: '改變了看法',
    members: (count) => `${count} 位成員`,
  },
}

/** A lean with its sign: +1.5, −2, 0. */
function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0'
}

/** ", p. 3" after a cited article's title when the passage's PDF pages are known; else nothing. */
export function pagesAfterTitle(
  reference: { pages?: { first: number; last: number } },
  words: Pick<BriefStrings, 'pages'>,
): string {
  return reference.pages ? `, ${words.pages(reference.pages.first, reference.pages.last)}` : ''
}

/** A card's score as the brief words it: its impact with the ballots behind it, or its dots. */
export function scoreText(score: CardScore, words: Pick<BriefStrings, 'impact' | 'dots'>): string {
  return score.kind === 'impact' ? words.impact(score.value, score.votes ?? 0) : words.dots(score.value)
}
