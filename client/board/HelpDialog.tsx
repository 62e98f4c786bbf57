import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../ui/Dialog.tsx'
import { MODERATOR_SHORTCUT_HELP } from '../debate/moderatorShortcuts.ts'

const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
const MOD = isMac ? '⌘' : 'Ctrl'
const ARROWS = '↑ ↓ ← →'
const ALT = isMac ? '⌥' : 'Alt'

/** One shortcut: its alternative key combinations, and what it does. */
type Row = [keys: string[][], label: string]

/** The keyboard shortcuts, grouped by where they work, each as its keys and what it does. */
export function HelpDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const { t: tDebate } = useTranslation('debate')
  const sections: [title: string, rows: Row[]][] = [
    [
      t('help.sectionArticle'),
      [
        [[['Tab']], t('help.tab')],
        [[[ARROWS]], t('help.caret')],
        [[['Shift', ARROWS]], t('help.selectText')],
        [[['B'], ['N']], t('help.makeCard')],
      ],
    ],
    [
      t('help.sectionBoard'),
      [
        [[[ARROWS]], t('help.nextCard')],
        [[['Home'], ['End']], t('help.firstLastCard')],
        [[[ALT, ARROWS]], t('help.moveCard')],
        [[['Enter']], t('help.enterCard')],
        [[['L']], t('help.linkCard')],
        [[['Delete'], ['Backspace']], t('help.delete')],
        [[['Shift', t('help.drag')]], t('help.boxSelect')],
        [[['Shift', t('help.click')]], t('help.multiSelect')],
        [[[t('help.scroll')], ['Space', t('help.drag')]], t('help.pan')],
        [[[MOD, t('help.scroll')]], t('help.zoom')],
      ],
    ],
    [
      t('help.sectionEverywhere'),
      [
        [[[MOD, 'Z']], t('help.undo')],
        [
          [
            [MOD, 'Shift', 'Z'],
            ['Ctrl', 'Y'],
          ],
          t('help.redo'),
        ],
        [[['Esc']], t('help.escape')],
        [[['?']], t('help.help')],
      ],
    ],
    [tDebate('helpSection'), MODERATOR_SHORTCUT_HELP.map(([key, label]): Row => [[[key]], tDebate(label)])],
  ]
  return (
    <Dialog title={t('help.title')} onClose={onClose} testId="help-dialog" wide>
      {sections.map(([title, rows]) => (
        <section key={title} className="shortcuts-section">
          <h3>{title}</h3>
          <dl className="shortcuts">
            {rows.map(([alternatives, label]) => (
              <Fragment key={label}>
                <dt>
                  {alternatives.map((keys, index) => (
                    <Fragment key={keys.join('+')}>
                      {index > 0 && <span className="shortcut-or"> {t('help.or')} </span>}
                      {keys.map((key, keyIndex) => (
                        <Fragment key={key}>
                          {keyIndex > 0 && '+'}
                          <kbd>{key}</kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </dt>
                <dd>{label}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  )
}
