/** UI strings of the reader, registered by the app as the i18next namespace `reader`. */

const en = {
  tabsLabel: 'Source articles',
  languageTag: 'Language: {{language}}',
  emptyTitle: 'No articles yet',
  emptyBody:
    'Once a source article is added to the board, you can read it here and turn passages into cards.',
  emptyText: 'This article has no text.',
  openOriginal: 'Open original',
  bull: 'Bull',
  bear: 'Bear',
  mixed: 'Bull and bear',
  toolbarLabel: 'Turn the selection into a card',
  createBull: 'Create a bull card from the selection (B)',
  createBear: 'Create a bear card from the selection (N)',
  selectionTooLong: 'Too long: at most {{max}} characters',
  citedBy_one: 'Cited by {{count}} card',
  citedBy_other: 'Cited by {{count}} cards',
  emptyCard: '(no text yet)',
  anonymous: 'Anonymous',
  orphansCount_one: '{{count}} passage not found',
  orphansCount_other: '{{count}} passages not found',
  orphansHint:
    'The article changed: these cards quote text it no longer has. Choose one to show it on the board.',
  orphanShowCard: 'Show this card on the board',
  caretHint:
    'Arrow keys move a caret through the text; Shift with the arrows selects. Then press B for a bull card or N for a bear card.',
}

/** The keys every language provides. */
export type ReaderStringKey = keyof typeof en

const zhHans: Record<ReaderStringKey, string> = {
  tabsLabel: '来源文章',
  languageTag: '语言:{{language}}',
  emptyTitle: '还没有文章',
  emptyBody: '在看板中添加来源文章后,即可在这里阅读,并把段落变成论点卡片。',
  emptyText: '这篇文章没有正文。',
  openOriginal: '查看原文',
  bull: '看多',
  bear: '看空',
  mixed: '多空皆有',
  toolbarLabel: '把选中的文字做成卡片',
  createBull: '用选中的文字创建看多卡片(B)',
  createBear: '用选中的文字创建看空卡片(N)',
  selectionTooLong: '太长了:最多 {{max}} 个字符',
  citedBy_one: '被 {{count}} 张卡片引用',
  citedBy_other: '被 {{count}} 张卡片引用',
  emptyCard: '(尚无内容)',
  anonymous: '匿名',
  orphansCount_one: '{{count}} 段原文找不到',
  orphansCount_other: '{{count}} 段原文找不到',
  orphansHint: '文章已更改:这些卡片引用的文字已不在文中。选择一张即可在看板上显示。',
  orphanShowCard: '在看板上显示这张卡片',
  caretHint:
    '方向键在文中移动光标；按住 Shift 再按方向键即可选择文字。然后按 B 创建看多卡片，按 N 创建看空卡片。',
}

const zhHant: Record<ReaderStringKey, string> = {
  tabsLabel: '來源文章',
  languageTag: '語言:{{language}}',
  emptyTitle: '還沒有文章',
  emptyBody: '在看板中加入來源文章後,即可在這裡閱讀,並把段落變成論點卡片。',
  emptyText: '這篇文章沒有正文。',
  openOriginal: '查看原文',
  bull: '看多',
  bear: '看空',
  mixed: '多空皆有',
  toolbarLabel: '把選取的文字做成卡片',
  createBull: '用選取的文字建立看多卡片(B)',
  createBear: '用選取的文字建立看空卡片(N)',
  selectionTooLong: '太長了:最多 {{max}} 個字元',
  citedBy_one: '被 {{count}} 張卡片引用',
  citedBy_other: '被 {{count}} 張卡片引用',
  emptyCard: '(尚無內容)',
  anonymous: '匿名',
  orphansCount_one: '{{count}} 段原文找不到',
  orphansCount_other: '{{count}} 段原文找不到',
  orphansHint: '文章已變更:這些卡片引用的文字已不在文中。選擇一張即可在看板上顯示。',
  orphanShowCard: '在看板上顯示這張卡片',
  caretHint:
    '方向鍵在文中移動游標；按住 Shift 再按方向鍵即可選取文字。然後按 B 建立看多卡片，按 N 建立看空卡片。',
}

/** Reader strings per language; the app registers them as the i18next namespace `reader`. */
export const readerStrings = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const
