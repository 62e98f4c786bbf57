/**
 * The board header's Export menu: the brief (Markdown, PDF), the board (JSON), the annotations
 * (JSON-LD) and two PNGs. A popover in a wide header; inside the phone's header menu, a list that
 * unfolds in place. Progress, cancel and errors show under the items, so the menu stays open for them.
 */
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EXPORT_KINDS, type ExportKind } from './exportKinds.ts'
import { fractionOf, progressLineOf } from './exportProgress.ts'
import { useBoardExport, type BoardExportTarget } from './useBoardExport.ts'
import './exports.css'

export function ExportMenu({ target, inMenu }: { target: BoardExportTarget; inMenu: boolean }) {
  const { t } = useTranslation('exports')
  const id = useId()
  const [unfolded, setUnfolded] = useState(false)
  const exporter = useBoardExport(target)
  const items = <ExportItems {...exporter} />
  if (inMenu)
    return (
      <>
        <button
          type="button"
          className="button header-menu-item"
          aria-expanded={unfolded}
          onClick={() => setUnfolded(!unfolded)}
          data-testid="export-menu"
        >
          {t('menu')}
          <span aria-hidden="true">{unfolded ? ' ▾' : ' ▸'}</span>
        </button>
        {unfolded && (
          <div className="export-menu-unfolded" data-testid="export-menu-panel">
            {items}
          </div>
        )}
      </>
    )
  return (
    <>
      <button
        type="button"
        className="button"
        popoverTarget={id}
        title={t('menuTitle')}
        data-testid="export-menu"
      >
        {t('menu')}
      </button>
      <div id={id} popover="auto" className="header-menu export-menu" data-testid="export-menu-panel">
        {items}
      </div>
    </>
  )
}

function ExportItems({ state, start, cancel }: ReturnType<typeof useBoardExport>) {
  const { t } = useTranslation('exports')
  const busy = state.status === 'busy'
  return (
    <>
      {EXPORT_KINDS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="button header-menu-item"
          disabled={busy}
          onClick={() => start(kind)}
          data-testid={`export-${kind}`}
        >
          {t(kind)}
        </button>
      ))}
      <ExportStatus state={state} onCancel={cancel} />
    </>
  )
}

function ExportStatus({
  state,
  onCancel,
}: {
  state: ReturnType<typeof useBoardExport>['state']
  onCancel(): void
}) {
  const { t } = useTranslation('exports')
  const { t: tCommon } = useTranslation()
  const kindName = (kind: ExportKind) => t(kind)
  const lines = progressLineOf(state, kindName).map((line) => t(line.key, line.values))
  if (state.status === 'error')
    return (
      <p className="export-status export-error" role="alert" data-testid="export-error">
        {lines.join(' ')}
      </p>
    )
  return (
    <div
      className="export-status"
      role="status"
      aria-live="polite"
      data-testid="export-status"
      data-status={state.status}
    >
      {state.status === 'busy' && (
        <>
          <span>{lines[0]}</span>
          <progress value={fractionOf(state)} max={1} aria-label={lines[0]} />
          <span className="export-step">{lines[1]}</span>
          <button type="button" className="button" onClick={onCancel} data-testid="export-cancel">
            {tCommon('common.cancel')}
          </button>
        </>
      )}
      {state.status === 'done' && <span>{lines[0]}</span>}
    </div>
  )
}
