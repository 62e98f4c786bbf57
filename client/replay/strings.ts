/** UI strings of the replay timeline (client/replay); the i18next namespace `replay`. */

const en = {
  open: 'Replay',
  title: 'Replay',
  banner: 'Replay — {{time}}, {{phase}}',
  bannerNoPhase: 'Replay — {{time}}',
  backToLive: 'Back to live',
  loading: 'Loading the replay…',
  loadingSnapshot: 'Loading this moment…',
  empty: 'No snapshots yet — they are taken at every phase change.',
  failed: 'The replay could not be loaded: {{reason}}',
  timeline: 'Timeline',
  play: 'Play',
  pause: 'Pause',
  previous: 'Previous snapshot',
  next: 'Next snapshot',
  position: 'Snapshot {{index}} of {{total}}',
  counts: '{{cards}} cards, {{links}} links',
  readOnly: 'Read-only: this is how the board looked then.',
  phaseMarks: 'Phases',
  noCards: 'No cards at this moment.',
}

/** A string key of the `replay` namespace. */
export type ReplayStringKey = keyof typeof en

const zhHans: Record<ReplayStringKey, string> = {
  open: '回放',
  title: '回放',
  banner: '回放 — {{time}}，{{phase}}',
  bannerNoPhase: '回放 — {{time}}',
  backToLive: '回到实时',
  loading: '正在载入回放…',
  loadingSnapshot: '正在载入这一时刻…',
  empty: '还没有快照——每次切换阶段时都会记录一张。',
  failed: '无法载入回放：{{reason}}',
  timeline: '时间线',
  play: '播放',
  pause: '暂停',
  previous: '上一张快照',
  next: '下一张快照',
  position: '第 {{index}} 张，共 {{total}} 张',
  counts: '{{cards}} 张卡片，{{links}} 条连线',
  readOnly: '只读：这是看板当时的样子。',
  phaseMarks: '阶段',
  noCards: '这一时刻还没有卡片。',
}

const zhHant: Record<ReplayStringKey, string> = {
  open: '回放',
  title: '回放',
  banner: '回放 — {{time}}，{{phase}}',
  bannerNoPhase: '回放 — {{time}}',
  backToLive: '回到即時',
  loading: '正在載入回放…',
  loadingSnapshot: '正在載入這一時刻…',
  empty: '還沒有快照——每次切換階段時都會記錄一張。',
  failed: '無法載入回放：{{reason}}',
  timeline: '時間軸',
  play: '播放',
  pause: '暫停',
  previous: '上一張快照',
  next: '下一張快照',
  position: '第 {{index}} 張，共 {{total}} 張',
  counts: '{{cards}} 張卡片，{{links}} 條連線',
  readOnly: '唯讀：這是看板當時的樣子。',
  phaseMarks: '階段',
  noCards: '這一時刻還沒有卡片。',
}

export const replayStrings = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const
