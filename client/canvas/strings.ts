/** UI strings of the canvas's search, filters and Arrange; the i18next namespace `canvas`. */

const en = {
  searchLabel: 'Search the cards',
  searchPlaceholder: 'Search cards…',
  searchHint: 'Enter goes to the next match',
  resultCount_zero: 'No card matches',
  resultCount_one: '{{count}} card matches',
  resultCount_other: '{{count}} cards match',
  filters: 'Filters',
  filterStance: 'Stance',
  filterTeam: 'Team',
  filterAuthor: 'Author',
  filterArticle: 'Article',
  filterAny: 'Any',
  clearSearch: 'Clear the search and filters',
  arrange: 'Arrange',
  arrangeHint: 'Lay the argument trees out: each answer below the card it answers (one undo reverts it)',
  arrangeNothing: 'Everything is already arranged.',
}

export type CanvasStringKey = keyof typeof en

const zhHans: Record<CanvasStringKey, string> = {
  searchLabel: '搜索卡片',
  searchPlaceholder: '搜索卡片…',
  searchHint: '按回车跳到下一个结果',
  resultCount_zero: '没有匹配的卡片',
  resultCount_one: '{{count}} 张卡片匹配',
  resultCount_other: '{{count}} 张卡片匹配',
  filters: '筛选',
  filterStance: '立场',
  filterTeam: '队伍',
  filterAuthor: '作者',
  filterArticle: '文章',
  filterAny: '全部',
  clearSearch: '清除搜索和筛选',
  arrange: '整理',
  arrangeHint: '自动排列论证树：每条回应放在它所回应的卡片下方（撤销一次即可还原）',
  arrangeNothing: '已经排列好了。',
}

const zhHant: Record<CanvasStringKey, string> = {
  searchLabel: '搜尋卡片',
  searchPlaceholder: '搜尋卡片…',
  searchHint: '按 Enter 跳到下一個結果',
  resultCount_zero: '沒有相符的卡片',
  resultCount_one: '{{count}} 張卡片相符',
  resultCount_other: '{{count}} 張卡片相符',
  filters: '篩選',
  filterStance: '立場',
  filterTeam: '隊伍',
  filterAuthor: '作者',
  filterArticle: '文章',
  filterAny: '全部',
  clearSearch: '清除搜尋和篩選',
  arrange: '整理',
  arrangeHint: '自動排列論證樹：每則回應放在它所回應的卡片下方（復原一次即可還原）',
  arrangeNothing: '已經排列好了。',
}

export const canvasStrings = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant }
