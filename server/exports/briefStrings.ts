/** The words of the debate brief (Markdown and PDF), in the reader's language (`?lang=` on the route). */
import type { Stance } from '../../shared/board/index.ts'

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
  rebuttals: string
  supports: string
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
    rebuttals: 'Rebuttals',
    supports: 'Supporting',
  },
  'zh-Hans': {
    motion: '辩题',
    decision: '决定',
    side: { bull: '正方', bear: '反方' },
    noCards: '这一方还没有卡片。',
    untitledCard: '(无文字)',
    source: '来源',
    openAtPassage: '打开原文段落',
    rebuttals: '反驳',
    supports: '支持',
  },
  'zh-Hant': {
    motion: '辯題',
    decision: '決定',
    side: { bull: '正方', bear: '反方' },
    noCards: '這一方還沒有卡片。',
    untitledCard: '(無文字)',
    source: '來源',
    openAtPassage: '開啟原文段落',
    rebuttals: '反駁',
    supports: '支持',
  },
}
