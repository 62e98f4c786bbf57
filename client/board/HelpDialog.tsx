import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from '../ui/Dialog.tsx'

const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
const MOD = isMac ? '⌘' : 'Ctrl'

/** The keyboard shortcuts, each as its keys and what it does. */
export function HelpDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const rows: [keys: string[][], label: string][] = [
    [[[MOD, 'Z']], t('help.undo')],
    [
      [
        [MOD, 'Shift', 'Z'],
        ['Ctrl', 'Y'],
      ],
      t('help.redo'),
    ],
    [[['Delete'], ['Backspace']], t('help.delete')],
    [[['Shift', t('help.drag')]], t('help.boxSelect')],
    [[['Shift', t('help.click')]], t('help.multiSelect')],
    [[['Esc']], t('help.escape')],
    [[[t('help.scroll')], ['Space', t('help.drag')]], t('help.pan')],
    [[[MOD, t('help.scroll')]], t('help.zoom')],
    [[['?']], t('help.help')],
  ]
  return (
    <Dialog title={t('help.title')} onClose={onClose} testId="help-dialog">
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
    </Dialog>
  )
}
